// What every in-memory repository hands out and takes in: a deep copy, as a database would, so
// a caller that changes what it read (or wrote) changes nothing stored.
export const clone = <T>(v: T): T => structuredClone(v);
