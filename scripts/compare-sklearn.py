#!/usr/bin/env python3
"""Scores a churn TEST file with scikit-learn's default gradient boosting trained on TRAIN.

Usage: scripts/compare-sklearn.py TRAIN.csv TEST.csv TARGET [ID[,ID...]]

A measuring tool for docs/churn.md ("Quality on public-dataset shapes"), not part of the build.
Column handling is what a fair analyst would do by hand: drop the id column(s) (comma-separated:
the bank file's RowNumber, CustomerId and Surname, as every analysis of it does), coerce a column to numbers
when nearly all its non-blank values parse (median imputation), one-hot every other column
(handle_unknown="ignore", so unseen test categories are all-zero). Labels: Yes/No, True/False,
1/0, churned/active (case, spaces and trailing dots ignored). Models: GradientBoostingClassifier()
and HistGradientBoostingClassifier() with their defaults, random_state fixed only for repeatability.
Metrics are computed as Manyi's Metrics.java does (AUC by ranks, average precision with ties as
one step, top-decile lift over round(10% of rows) taken after a stable ascending sort).
Prints one JSON line per model.
"""
import json
import sys

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import GradientBoostingClassifier, HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.metrics import average_precision_score, roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder

POSITIVE = {"yes", "true", "1", "churned", "churn", "y", "t"}
NEGATIVE = {"no", "false", "0", "active", "stayed", "n", "f"}


def labels(column):
    values = column.astype(str).str.strip().str.rstrip(".").str.lower()
    unknown = set(values) - POSITIVE - NEGATIVE
    if unknown:
        sys.exit(f"unrecognised label values: {sorted(unknown)[:5]}")
    return values.isin(POSITIVE).astype(int).to_numpy()


def read(path):
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    return frame.apply(lambda c: c.str.strip())


def split_columns(train, features):
    numeric, categorical = [], []
    for name in features:
        values = train[name]
        present = values[values != ""]
        parsed = pd.to_numeric(present, errors="coerce")
        (numeric if len(present) and parsed.notna().mean() >= 0.99 else categorical).append(name)
    return numeric, categorical


def lift(scores, y, share=0.1):
    order = np.argsort(scores, kind="stable")
    top = max(1, int(np.floor(len(scores) * share + 0.5)))
    return y[order[-top:]].mean() / y.mean()


def main(argv):
    if len(argv) not in (4, 5):
        sys.exit(__doc__)
    train, test, target = read(argv[1]), read(argv[2]), argv[3]
    drop = {target} | (set(argv[4].split(",")) if len(argv) == 5 else set())
    features = [c for c in train.columns if c not in drop]
    numeric, categorical = split_columns(train, features)
    prepare = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), numeric),
        ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), categorical),
    ])

    def as_numbers(frame):
        frame = frame[features].copy()
        for name in numeric:
            frame[name] = pd.to_numeric(frame[name], errors="coerce")
        return frame

    x_train, y_train = as_numbers(train), labels(train[target])
    x_test, y_test = as_numbers(test), labels(test[target])
    for name, model in (("GradientBoostingClassifier", GradientBoostingClassifier(random_state=0)),
                        ("HistGradientBoostingClassifier", HistGradientBoostingClassifier(random_state=0))):
        pipeline = make_pipeline(prepare, model).fit(x_train, y_train)
        p = pipeline.predict_proba(x_test)[:, 1]
        print(json.dumps({"model": name, "rows": len(y_test), "numeric": len(numeric),
                          "categorical": len(categorical), "auc": round(roc_auc_score(y_test, p), 6),
                          "prAuc": round(average_precision_score(y_test, p), 6),
                          "topDecileLift": round(lift(p, y_test), 6)}))


if __name__ == "__main__":
    main(sys.argv)
