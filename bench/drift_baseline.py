"""The same drift figures as `check-drift` computes, the way a data scientist would with pandas and scipy.

Usage: python3 drift_baseline.py REFERENCE.csv CURRENT.csv
Prints one JSON object: feature -> {test, score}. Evidently's default choice for n_reference > 1000:
normed Wasserstein for numerical features with more than 5 unique values, Jensen-Shannon distance on
binned shares otherwise (Sturges equal-width bins for numerical features with more than 20 unique values).
"""
import json
import sys

import numpy as np
import pandas as pd
from scipy.spatial.distance import jensenshannon
from scipy.stats import wasserstein_distance

reference = pd.read_csv(sys.argv[1])
current = pd.read_csv(sys.argv[2])
result = {}
for name in reference.columns:
    ref = reference[name].replace([np.inf, -np.inf], np.nan).dropna()
    cur = current[name].replace([np.inf, -np.inf], np.nan).dropna()
    numerical = pd.api.types.is_numeric_dtype(ref)
    unique = ref.nunique()
    if numerical and unique > 5:
        score = wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)
        result[name] = {"test": "wasserstein", "score": float(score)}
        continue
    if numerical and unique > 20:
        edges = np.histogram_bin_edges(pd.concat([ref, cur]), bins="sturges")
        r = np.histogram(ref, edges)[0] / len(ref)
        c = np.histogram(cur, edges)[0] / len(cur)
    else:
        keys = sorted(set(ref.unique()) | set(cur.unique()), key=str)
        r = ref.value_counts(normalize=True).reindex(keys, fill_value=0).to_numpy()
        c = cur.value_counts(normalize=True).reindex(keys, fill_value=0).to_numpy()
    result[name] = {"test": "jensenshannon", "score": float(jensenshannon(r, c))}
print(json.dumps(result))
