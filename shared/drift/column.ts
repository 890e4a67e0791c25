/** One feature's valid values (NaN and ±Infinity already dropped for numerical columns). */
export type Column = NumericalColumn | CategoricalColumn;

export interface NumericalColumn {
  kind: "numerical";
  values: Float64Array;
  /** Every row holds a whole number written without a decimal point: pandas reads the column as int64 (Evidently's typing depends on it). */
  integer?: boolean;
  /** The values are already in ascending order and all finite (set by whoever sorted them): the tests use them as they are, without checking. */
  sorted?: boolean;
}

/** Dictionary-encoded: codes[i] indexes dictionary. Missing values are not stored. */
export interface CategoricalColumn {
  kind: "categorical";
  /** As narrow as the dictionary allows (8, 16 or 32 bits). */
  codes: Uint8Array | Uint16Array | Uint32Array;
  dictionary: string[];
}
