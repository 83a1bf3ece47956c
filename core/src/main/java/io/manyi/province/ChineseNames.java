package io.manyi.province;

import java.util.SplittableRandom;

/** Personal names with Guangdong's surname mix, and the names of firms and institutions. */
final class ChineseNames {

    private static final String[] SURNAMES = {
            "陈", "李", "黄", "张", "梁", "林", "刘", "吴", "罗", "何", "王", "郑", "杨", "周", "谢", "钟", "叶", "曾",
            "邓", "冯", "蔡", "彭", "赖", "朱", "卢", "许", "苏", "潘", "郭", "徐", "胡", "温", "邱", "余", "江", "廖",
            "方", "欧阳", "司徒", "骆"};
    private static final double[] SURNAME_WEIGHTS = Draw.cumulative(
            10, 8, 7, 6, 5, 5, 5, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3,
            3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1,
            1, 0.5, 0.3, 0.3);
    private static final String[] MALE = {
            "伟", "强", "磊", "军", "勇", "杰", "涛", "明", "超", "华", "斌", "俊", "鹏", "辉", "健", "志", "文", "浩",
            "宇", "峰", "坤", "锋", "建", "国", "平", "东", "海", "荣", "家", "森", "嘉", "子", "豪", "博", "昊", "乐",
            "新", "永", "德", "振", "炜", "铭", "锦", "泽", "柏", "展", "耀", "英"};
    private static final String[] FEMALE = {
            "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "燕", "玲", "婷", "雪", "慧", "颖", "琳", "洁", "晶", "倩",
            "欣", "怡", "佳", "妍", "雅", "婉", "梅", "红", "秀", "兰", "凤", "萍", "思", "诗", "梓", "彤", "晓", "嘉",
            "美", "翠", "碧", "珊", "宝", "咏", "绮", "淑"};

    private static final String[] FIRM_CORES = {
            "宏达", "恒信", "华美", "金源", "新世纪", "创新", "远航", "恒泰", "鑫盛", "永兴", "联发", "天成", "利华",
            "腾达", "海纳", "德胜", "顺发", "佳和", "粤华", "南方", "骏业", "万通", "富源", "同创", "星辉", "瑞丰",
            "嘉诚", "汇丰源", "信达", "伟业"};

    private ChineseNames() {
    }

    static String person(SplittableRandom rng, char gender) {
        String[] given = gender == 'M' ? MALE : FEMALE;
        String surname = SURNAMES[Draw.pick(rng, SURNAME_WEIGHTS)];
        if (Draw.chance(rng, 0.25)) {
            return surname + Draw.pick(rng, given);
        }
        return surname + Draw.pick(rng, given) + Draw.pick(rng, given);
    }

    /** A group customer's name: government and big institutions for class A, firms below. */
    static String organisation(SplittableRandom rng, char groupClass, String city, String industry, int serial) {
        String core = FIRM_CORES[rng.nextInt(FIRM_CORES.length)];
        return switch (groupClass) {
            case 'A' -> switch (industry) {
                case "GOVERNMENT" -> city + "市" + Draw.pick(rng, new String[]{"公安局", "税务局", "教育局", "人力资源和社会保障局",
                        "交通运输局", "供电局", "自来水公司"});
                case "HEALTHCARE" -> city + "市第" + chineseNumber(1 + serial % 9) + "人民医院";
                case "FINANCE" -> Draw.pick(rng, new String[]{"中国工商银行", "中国建设银行", "中国农业银行", "招商银行",
                        "平安银行"}) + city + "分行";
                default -> city + core + "集团有限公司";
            };
            case 'B' -> switch (industry) {
                case "EDUCATION" -> city + "市第" + chineseNumber(1 + serial % 9) + "中学";
                case "HEALTHCARE" -> city + core + "医院";
                case "GOVERNMENT" -> city + "市" + Draw.pick(rng, new String[]{"街道办事处", "城市管理局", "市场监督管理局"});
                default -> city + core + industryWord(industry) + "有限公司";
            };
            default -> city + "市" + core + industryWord(industry) + Draw.pick(rng, new String[]{"有限公司", "商行", "经营部"});
        };
    }

    private static String industryWord(String industry) {
        return switch (industry) {
            case "MANUFACTURING" -> "五金制品";
            case "RETAIL" -> "商贸";
            case "LOGISTICS" -> "物流";
            case "IT" -> "信息科技";
            case "HOSPITALITY" -> "餐饮管理";
            case "CONSTRUCTION" -> "建筑工程";
            case "FINANCE" -> "投资咨询";
            case "EDUCATION" -> "教育培训";
            case "HEALTHCARE" -> "医药";
            default -> "实业";
        };
    }

    private static String chineseNumber(int n) {
        return String.valueOf("一二三四五六七八九".charAt(n - 1));
    }
}
