package io.manyi.planadvice;

/** A plan of the catalog ({@code plans} table), money in fen. */
public record CatalogPlan(String code, String name, String brand, long monthlyFeeFen, int voiceMinutes, int dataMb,
                          int sms, String category) {
}
