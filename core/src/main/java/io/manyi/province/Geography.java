package io.manyi.province;

import java.util.List;
import java.util.SplittableRandom;

/**
 * One province, 广东 (Guangdong): its cities with a weight for their share of subscribers, how
 * hard the competitors (China Unicom, China Telecom) push there, how many residents were born
 * locally, and real districts with their administrative codes (the first six digits of an ID
 * number). Migrants carry the code of the county they were born in, elsewhere in China.
 */
final class Geography {

    record District(String name, String code) {
    }

    record City(String name, double weight, double competition, double localBorn,
                List<District> districts) {
    }

    static final List<City> CITIES = List.of(
            city("广州", 0.17, 1.30, 0.55, "荔湾区:440103", "越秀区:440104", "海珠区:440105", "天河区:440106",
                    "白云区:440111", "黄埔区:440112", "番禺区:440113", "花都区:440114", "南沙区:440115", "从化区:440117",
                    "增城区:440118"),
            city("深圳", 0.17, 1.50, 0.30, "罗湖区:440303", "福田区:440304", "南山区:440305", "宝安区:440306",
                    "龙岗区:440307", "盐田区:440308", "龙华区:440309", "坪山区:440310", "光明区:440311"),
            city("东莞", 0.10, 1.20, 0.35, "莞城街道:441900", "南城街道:441900", "东城街道:441900",
                    "万江街道:441900", "虎门镇:441900", "长安镇:441900", "常平镇:441900", "塘厦镇:441900", "厚街镇:441900"),
            city("佛山", 0.08, 1.10, 0.60, "禅城区:440604", "南海区:440605", "顺德区:440606", "三水区:440607",
                    "高明区:440608"),
            city("惠州", 0.05, 1.00, 0.65, "惠城区:441302", "惠阳区:441303", "博罗县:441322", "惠东县:441323",
                    "龙门县:441324"),
            city("中山", 0.04, 1.00, 0.60, "石岐街道:442000", "东区街道:442000", "西区街道:442000", "小榄镇:442000",
                    "古镇镇:442000"),
            city("珠海", 0.03, 1.10, 0.50, "香洲区:440402", "斗门区:440403", "金湾区:440404"),
            city("江门", 0.04, 0.90, 0.80, "蓬江区:440703", "江海区:440704", "新会区:440705", "台山市:440781",
                    "开平市:440783", "鹤山市:440784", "恩平市:440785"),
            city("汕头", 0.05, 0.90, 0.90, "龙湖区:440507", "金平区:440511", "濠江区:440512", "潮阳区:440513",
                    "潮南区:440514", "澄海区:440515", "南澳县:440523"),
            city("湛江", 0.06, 0.80, 0.92, "赤坎区:440802", "霞山区:440803", "坡头区:440804", "麻章区:440811",
                    "遂溪县:440823", "徐闻县:440825", "廉江市:440881", "雷州市:440882", "吴川市:440883"),
            city("茂名", 0.05, 0.80, 0.93, "茂南区:440902", "电白区:440904", "高州市:440981", "化州市:440982",
                    "信宜市:440983"),
            city("揭阳", 0.05, 0.80, 0.92, "榕城区:445202", "揭东区:445203", "揭西县:445222", "惠来县:445224",
                    "普宁市:445281"),
            city("肇庆", 0.035, 0.80, 0.88, "端州区:441202", "鼎湖区:441203", "高要区:441204", "广宁县:441223",
                    "四会市:441284"),
            city("清远", 0.035, 0.80, 0.88, "清城区:441802", "清新区:441803", "佛冈县:441821", "英德市:441881",
                    "连州市:441882"),
            city("梅州", 0.035, 0.70, 0.95, "梅江区:441402", "梅县区:441403", "大埔县:441422", "五华县:441424",
                    "兴宁市:441481"),
            city("韶关", 0.025, 0.70, 0.93, "武江区:440203", "浈江区:440204", "曲江区:440205", "仁化县:440224",
                    "乐昌市:440281", "南雄市:440282"));

    /** Birthplaces of migrants: counties in the provinces that send most workers to Guangdong. */
    private static final String[] MIGRANT_BIRTHPLACES = {
            "430104", "430421", "431021", "430682", "430922", // 湖南
            "450102", "450881", "450921", "450521",           // 广西
            "511321", "510722", "511622",                     // 四川
            "360121", "360781", "360731",                     // 江西
            "420106", "421087", "420984",                     // 湖北
            "411323", "410181", "411721",                     // 河南
            "500101", "500230",                               // 重庆
            "350583", "520102"                                // 福建, 贵州
    };

    private static final double[] CITY_WEIGHTS = Draw.cumulative(
            CITIES.stream().mapToDouble(City::weight).toArray());

    private Geography() {
    }

    static City drawCity(SplittableRandom rng) {
        return CITIES.get(Draw.pick(rng, CITY_WEIGHTS));
    }

    static District drawDistrict(SplittableRandom rng, City city) {
        return city.districts().get(rng.nextInt(city.districts().size()));
    }

    /** The six-digit area code of the birthplace: home district, elsewhere in Guangdong, or another province. */
    static String birthplaceCode(SplittableRandom rng, City city, District district) {
        if (Draw.chance(rng, city.localBorn())) {
            return district.code();
        }
        if (Draw.chance(rng, 0.45)) {
            City other = drawCity(rng);
            return drawDistrict(rng, other).code();
        }
        return Draw.pick(rng, MIGRANT_BIRTHPLACES);
    }

    static boolean bornInGuangdong(String birthplaceCode) {
        return birthplaceCode.startsWith("44");
    }

    private static City city(String name, double weight, double competition, double localBorn,
                             String... districts) {
        List<District> list = java.util.Arrays.stream(districts)
                .map(entry -> entry.split(":"))
                .map(parts -> new District(parts[0], parts[1]))
                .toList();
        return new City(name, weight, competition, localBorn, list);
    }
}
