package io.manyi.churn;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded CSVs shaped like the public telecom churn datasets (same column names and label
 * encodings, a realistic signal plus noise no feature explains), for end-to-end tests of the
 * bring-your-own-data CLI without shipping the real datasets.
 */
public final class SyntheticChurnCsv {

    public enum Shape { TELCO, BIGML, BANK }

    private SyntheticChurnCsv() {
    }

    /** Writes {@code rows} rows; {@code unseenLevels} adds category values a model trained on other files never saw. */
    public static void write(Shape shape, Path file, int rows, long seed, boolean unseenLevels) throws IOException {
        Random random = new Random(seed);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            switch (shape) {
                case TELCO -> telco(out, rows, random, unseenLevels);
                case BIGML -> bigml(out, rows, random, unseenLevels);
                case BANK -> bank(out, rows, random, unseenLevels);
            }
        }
    }

    private static boolean draw(Random random, double logit) {
        return random.nextDouble() < 1 / (1 + Math.exp(-logit));
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static void telco(Writer out, int rows, Random r, boolean unseen) throws IOException {
        out.write("\uFEFFcustomerID,gender,SeniorCitizen,Partner,Dependents,tenure,PhoneService,MultipleLines,"
                + "InternetService,OnlineSecurity,OnlineBackup,DeviceProtection,TechSupport,StreamingTV,StreamingMovies,"
                + "Contract,PaperlessBilling,PaymentMethod,MonthlyCharges,TotalCharges,Churn\r\n");
        for (int i = 0; i < rows; i++) {
            int tenure = r.nextDouble() < 0.02 ? 0 : 1 + r.nextInt(72);
            String contract = unseen && i % 10 == 0 ? "Three year" : pick(r, "Month-to-month", "Month-to-month", "One year", "Two year");
            String internet = pick(r, "DSL", "Fiber optic", "Fiber optic", "No");
            boolean noNet = internet.equals("No");
            String security = noNet ? "No internet service" : pick(r, "Yes", "No");
            String support = noNet ? "No internet service" : pick(r, "Yes", "No");
            String payment = pick(r, "Electronic check", "Mailed check", "Bank transfer (automatic)", "Credit card (automatic)");
            int senior = r.nextDouble() < 0.16 ? 1 : 0;
            double monthly = 20 + (noNet ? 0 : internet.equals("DSL") ? 35 : 55) + r.nextDouble() * 25;
            double logit = -1.0 + (contract.equals("Month-to-month") ? 1.5 : contract.equals("One year") ? -0.3 : -1.6)
                    - 0.045 * tenure + (internet.equals("Fiber optic") ? 0.7 : 0) + (security.equals("No") ? 0.4 : 0)
                    + (support.equals("No") ? 0.3 : 0) + (payment.equals("Electronic check") ? 0.6 : 0)
                    + 0.4 * senior + 0.015 * (monthly - 60) + r.nextGaussian() * 0.5;
            out.write(String.join(",", (1000 + i) + "-" + (char) ('A' + i % 26) + "QX" + i, pick(r, "Male", "Female"),
                    String.valueOf(senior), pick(r, "Yes", "No"), pick(r, "Yes", "No"), String.valueOf(tenure), "Yes",
                    pick(r, "Yes", "No", "No phone service"), internet, security, noNet ? security : pick(r, "Yes", "No"),
                    noNet ? security : pick(r, "Yes", "No"), support, noNet ? security : pick(r, "Yes", "No"),
                    noNet ? security : pick(r, "Yes", "No"), contract, pick(r, "Yes", "No"), "\"" + payment + "\"",
                    f(monthly), tenure == 0 ? " " : f(monthly * tenure * (0.95 + 0.1 * r.nextDouble())),
                    draw(r, logit) ? "Yes" : "No"));
            out.write("\r\n");
        }
    }

    private static void bigml(Writer out, int rows, Random r, boolean unseen) throws IOException {
        String[] states = {"KS", "OH", "NJ", "OK", "AL", "MA", "MO", "LA", "WV", "IN", "RI", "IA", "MT", "NY", "ID",
                "VT", "VA", "TX", "FL", "CO", "AZ", "SC", "NE", "WY", "HI", "IL", "NH", "GA", "AK", "MD", "AR", "WI",
                "OR", "MI", "DE", "UT", "CA", "MN", "SD", "NC", "WA", "NM", "NV", "DC", "KY", "ME", "MS", "TN", "PA",
                "CT", "ND"};
        out.write("State,Account length,Area code,phone number,International plan,Voice mail plan,Number vmail messages,"
                + "Total day minutes,Total day calls,Total day charge,Total eve minutes,Total eve calls,Total eve charge,"
                + "Total night minutes,Total night calls,Total night charge,Total intl minutes,Total intl calls,"
                + "Total intl charge,Customer service calls,Churn\n");
        for (int i = 0; i < rows; i++) {
            String state = unseen && i % 7 == 0 ? "PR" : states[r.nextInt(states.length)];
            boolean intl = r.nextDouble() < 0.1;
            boolean vmail = r.nextDouble() < 0.27;
            double day = Math.max(0, 180 + r.nextGaussian() * 54);
            double eve = Math.max(0, 200 + r.nextGaussian() * 50);
            double night = Math.max(0, 200 + r.nextGaussian() * 50);
            double intlMin = Math.max(0, 10 + r.nextGaussian() * 2.8);
            int service = Math.min(9, (int) Math.floor(-Math.log(1 - r.nextDouble()) * 1.5));
            double logit = -3.2 + 0.018 * (day - 180) + 0.007 * (eve - 200) + (intl ? 1.6 : 0) + (vmail ? -0.8 : 0)
                    + (service >= 4 ? 2.2 : 0.15 * service) + (state.equals("NJ") || state.equals("CA") ? 0.5 : 0)
                    + r.nextGaussian() * 0.7;
            out.write(String.join(",", state, String.valueOf(1 + r.nextInt(240)), pick(r, "408", "415", "510"),
                    (300 + i / 10000) + "-" + (1000 + i % 9000), intl ? " yes" : " no", vmail ? " yes" : " no",
                    String.valueOf(vmail ? 10 + r.nextInt(40) : 0), f(day), String.valueOf(60 + r.nextInt(80)),
                    f(day * 0.17), f(eve), String.valueOf(60 + r.nextInt(80)), f(eve * 0.085), f(night),
                    String.valueOf(60 + r.nextInt(80)), f(night * 0.045), f(intlMin), String.valueOf(r.nextInt(10)),
                    f(intlMin * 0.27), String.valueOf(service), draw(r, logit) ? "True." : "False."));
            out.write("\n");
        }
    }

    private static void bank(Writer out, int rows, Random r, boolean unseen) throws IOException {
        out.write("RowNumber,CustomerId,Surname,CreditScore,Geography,Gender,Age,Tenure,Balance,NumOfProducts,"
                + "HasCrCard,IsActiveMember,EstimatedSalary,Exited\n");
        for (int i = 0; i < rows; i++) {
            String geo = unseen && i % 9 == 0 ? "Italy" : pick(r, "France", "France", "Spain", "Germany");
            int age = 18 + (int) Math.min(70, Math.abs(r.nextGaussian() * 10 + 21));
            int products = 1 + (r.nextDouble() < 0.5 ? 0 : r.nextDouble() < 0.9 ? 1 : 2);
            boolean active = r.nextBoolean();
            double balance = r.nextDouble() < 0.36 ? 0 : 50000 + r.nextDouble() * 150000;
            String gender = pick(r, "Male", "Female");
            double logit = -2.2 + 0.1 * (age - 38) + (geo.equals("Germany") ? 1.0 : 0) + (active ? -1.2 : 0)
                    + (products == 2 ? -1.3 : products >= 3 ? 2.5 : 0) + (gender.equals("Female") ? 0.6 : 0)
                    + (balance > 0 ? 0.4 : 0) + r.nextGaussian() * 0.4;
            out.write(String.join(",", String.valueOf(i + 1), String.valueOf(15565701 + i * 13),
                    pick(r, "Hargrave", "Hill", "Onio", "Boni", "Mitchell", "Chu", "Bartlett", "Obinna", "He") + (i % 400),
                    String.valueOf(350 + r.nextInt(500)), geo, gender, String.valueOf(age), String.valueOf(r.nextInt(11)),
                    f(balance), String.valueOf(products), r.nextBoolean() ? "1" : "0", active ? "1" : "0",
                    f(r.nextDouble() * 200000), draw(r, logit) ? "1" : "0"));
            out.write("\n");
        }
    }
}
