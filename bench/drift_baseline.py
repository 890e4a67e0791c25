"""The same drift figures as `check-drift` computes, the way a data scientist would with pandas and scipy.

Usage: python3 drift_baseline.py REFERENCE.csv CURRENT.csv
Prints one JSON object: feature -> {test, score}. Follows Evidently's current defaults: columns typed from
the current data (`infer_column_type`: floats numerical, integers categorical up to 10 distinct values,
strings text when more than half distinct — not tested — else categorical), and for a reference of more
than 1000 rows (`_get_default_stattest`, distinct values of reference and current together): normed
Wasserstein for numerical features with more than 5 distinct values, Jensen-Shannon distance on binned
shares otherwise (Sturges equal-width bins for numerical features with more than 20 distinct reference
values).
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy.spatial.distance import jensenshannon
from scipy.stats import wasserstein_distance


def column_type(column):
    if column.dtype.name.startswith("float"):
        return "numerical"
    if column.dtype.name.startswith("int"):
        return "categorical" if column.nunique() <= 10 else "numerical"
    if column.dtype.name == "bool":
        return "categorical"
    return "text" if column.nunique() > column.count() * 0.5 else "categorical"


reference = pd.read_csv(sys.argv[1])
current = pd.read_csv(sys.argv[2])
result = {}
for name in reference.columns:
    kind = column_type(current[name])
    if kind == "text":
        continue
    ref = reference[name].replace([np.inf, -np.inf], np.nan).dropna()
    cur = current[name].replace([np.inf, -np.inf], np.nan).dropna()
    unique = pd.concat([ref, cur]).nunique()
    if kind == "numerical" and unique > 5:
        score = wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
        result[name] = {"test": "wasserstein", "score": float(score)}
        continue
    if kind == "numerical" and ref.nunique() > 20:
        edges = np.histogram_bin_edges(pd.concat([ref, cur]), bins="sturges")
        r = np.histogram(ref, edges)[0] / len(ref)
        c = np.histogram(cur, edges)[0] / len(cur)
    else:
        keys = sorted(set(ref.unique()) | set(cur.unique()), key=str)
        r = ref.value_counts(normalize=True).reindex(keys, fill_value=0).to_numpy()
        c = cur.value_counts(normalize=True).reindex(keys, fill_value=0).to_numpy()
    result[name] = {"test": "jensenshannon", "score": float(jensenshannon(r, c))}
print(json.dumps(result))
