package io.manyi.churn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TabularCsvTest {

    private static CsvTable csv(String text) throws IOException {
        return CsvTable.read("t.csv", new StringReader(text));
    }

    @Test
    void readsQuotesBomSpacesAndLineNumbers() throws IOException {
        CsvTable t = csv("\uFEFFcustomer id, Total Charges ,note\r\n1,\"1,5\",\"say \"\"hi\"\"\nthere\"\r\n2,3,x\n");
        assertThat(t.header()).containsExactly("customer id", "Total Charges", "note");
        assertThat(t.rows().get(0)[1]).isEqualTo("1,5");
        assertThat(t.rows().get(0)[2]).isEqualTo("say \"hi\"\nthere");
        assertThat(t.lines()).containsExactly(2, 4);
    }

    @Test
    void aRowWithTheWrongFieldCountNamesItsLine() {
        assertThatThrownBy(() -> csv("a,b\n1,2\n3\n")).hasMessageContaining("t.csv line 3").hasMessageContaining("1 fields");
        assertThatThrownBy(() -> csv("a,b\n1,\"2\n")).hasMessageContaining("line 2, column 2").hasMessageContaining("never closed");
    }

    @Test
    void detectsNumericCategoricalMissingIdsAndLabels() throws IOException {
        StringBuilder text = new StringBuilder("customerID,tenure,TotalCharges,Contract,Surname,Churn\n");
        for (int i = 0; i < 300; i++) {
            text.append("C").append(1000 + i).append(',').append(i % 70).append(',')
                    .append(i % 50 == 0 ? " " : i % 61 == 0 ? "NA" : String.valueOf(i * 3.5)).append(',')
                    .append(i % 3 == 0 ? "Month-to-month" : i % 3 == 1 ? "One year" : "Two year").append(',')
                    .append("name").append(i % 200).append(',').append(i % 4 == 0 ? "Yes" : "No").append('\n');
        }
        CsvTable table = csv(text.toString());
        TabularCsv.Detection d = TabularCsv.detect(table, "churn", null);
        assertThat(d.idColumn()).isEqualTo("customerID");
        assertThat(d.schema().columns()).extracting(FeatureColumn::name).containsExactly("tenure", "TotalCharges", "Contract");
        assertThat(d.schema().columns().get(1).categorical()).isFalse();
        assertThat(d.schema().columns().get(2).levels()).containsExactlyInAnyOrder("Month-to-month", "One year", "Two year");
        assertThat(d.notes()).anyMatch(n -> n.contains("Surname"));
        assertThat(d.labels()).isEqualTo(new LabelMapping("Yes", "No"));
        FeatureMatrix m = d.schema().encode(table);
        assertThat(m.get(0, 1)).isNaN();
        assertThat(m.get(61, 1)).isNaN();
        assertThat(m.get(1, 1)).isEqualTo(3.5f);
        int[] labels = TabularCsv.labels(table, d.targetColumn(), d.labels());
        assertThat(labels[0]).isEqualTo(1);
        assertThat(labels[1]).isZero();
    }

    @Test
    void numericRowNumberAndPhoneNumberAreGuessedAsIds() throws IOException {
        StringBuilder text = new StringBuilder("RowNumber,CustomerId,phone number,Age,Exited\n");
        for (int i = 0; i < 100; i++) {
            text.append(i + 1).append(',').append(15600000 + i * 7).append(',').append("382-").append(4000 + i)
                    .append(',').append(20 + i % 50).append(',').append(i % 5 == 0 ? 1 : 0).append('\n');
        }
        TabularCsv.Detection d = TabularCsv.detect(csv(text.toString()), "Exited", null);
        assertThat(d.idColumn()).isEqualTo("RowNumber");
        assertThat(d.schema().columns()).extracting(FeatureColumn::name).containsExactly("Age");
        assertThat(d.labels()).isEqualTo(new LabelMapping("1", "0"));
    }

    @Test
    void understandsTheUsualLabelEncodings() {
        assertThat(LabelMapping.detect("f", "Churn", java.util.List.of("False.", "True.", "False."))).isEqualTo(new LabelMapping("True.", "False."));
        assertThat(LabelMapping.detect("f", "s", java.util.List.of("active", "churned"))).isEqualTo(new LabelMapping("churned", "active"));
        assertThat(LabelMapping.detect("f", "s", java.util.List.of("No churn", "Churn", ""))).isEqualTo(new LabelMapping("Churn", "No churn"));
        assertThat(LabelMapping.detect("f", "s", java.util.List.of("Y", "n"))).isEqualTo(new LabelMapping("Y", "n"));
        assertThat(new LabelMapping("True.", "False.").encode("true", "x")).isEqualTo(1);
        assertThatThrownBy(() -> LabelMapping.detect("f.csv", "Status", java.util.List.of("gold", "silver")))
                .hasMessageContaining("gold and silver").hasMessageContaining("f.csv");
        assertThatThrownBy(() -> LabelMapping.detect("f.csv", "Status", java.util.List.of("a", "b", "c")))
                .hasMessageContaining("exactly two values");
    }

    @Test
    void aMissingTargetColumnListsTheColumns() throws IOException {
        assertThatThrownBy(() -> TabularCsv.detect(csv("a,b\n1,2\n"), "Churn", null))
                .hasMessageContaining("no target column \"Churn\"").hasMessageContaining("a, b");
    }

    @Test
    void unseenCategoriesBecomeMissing() throws IOException {
        FeatureSchema schema = new FeatureSchema(java.util.List.of(FeatureColumn.categorical("State", java.util.List.of("KS", "OH"))));
        FeatureMatrix m = schema.encode(csv("State,x\nOH,1\nZZ,2\n,3\n"));
        assertThat(m.get(0, 0)).isEqualTo(1f);
        assertThat(m.get(1, 0)).isNaN();
        assertThat(m.get(2, 0)).isNaN();
    }
}
