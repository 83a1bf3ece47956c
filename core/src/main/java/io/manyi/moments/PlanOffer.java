package io.manyi.moments;

/** A plan as the plan-fit rule compares it: monthly fee (fen) and what it includes. */
public record PlanOffer(String code, String name, String brand, long feeFen, int voiceMinutes, int dataMb,
                        String category) {

    public boolean isDataPlan() {
        return "DATA".equals(category);
    }
}
