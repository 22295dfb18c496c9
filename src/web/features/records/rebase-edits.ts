type Plain = Record<string, unknown>;

const isPlainObject = (value: unknown): value is Plain =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Structural equality of form values (strings, numbers, null, arrays and plain objects of them). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => sameValue(item, b[i]));
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((key) => sameValue(a[key], b[key]));
}

function rebaseValues(base: Plain, edited: Plain, fresh: Plain, nested: boolean): Plain {
  const result: Plain = { ...fresh };
  for (const key of Object.keys(edited)) {
    const [was, now, theirs] = [base[key], edited[key], fresh[key]];
    if (sameValue(now, was)) continue;
    result[key] =
      nested && isPlainObject(was) && isPlainObject(now) && isPlainObject(theirs)
        ? rebaseValues(was, now, theirs, false)
        : now;
  }
  for (const key of Object.keys(base)) {
    // A value the user cleared away (a custom field key they removed) stays removed.
    if (!(key in edited) && sameValue(fresh[key], base[key])) delete result[key];
  }
  return result;
}

/**
 * Puts a form's edits on top of a newer version of its record, as when someone else saved while the
 * form was open: what the user changed (edited differs from base, the values the form opened with)
 * keeps the user's value; everything else takes the newer record's value, so a second save does not
 * quietly undo the other person's changes to fields the user never touched. Objects one level down
 * (the custom fields) are rebased key by key; anything deeper is one value.
 */
export function rebaseEdits<Input extends object>(base: Input, edited: Input, fresh: Input): Input {
  return rebaseValues(base as Plain, edited as Plain, fresh as Plain, true) as Input;
}
