import { describe, expect, it } from 'vitest';
import { diffLines, prettySchema } from './lineDiff';

describe('schema diff', () => {
  it('marks added and removed lines and keeps the rest', () => {
    expect(diffLines('a\nb\nc', 'a\nc\nd')).toEqual([
      { kind: 'same', text: 'a' },
      { kind: 'removed', text: 'b' },
      { kind: 'same', text: 'c' },
      { kind: 'added', text: 'd' },
    ]);
  });

  it('compares Avro fields, not whitespace', () => {
    const v1 = prettySchema('{"type":"record","name":"Order","fields":[{"name":"id","type":"long"}]}');
    const v2 = prettySchema('{"type": "record", "name": "Order", "fields": [{"name": "id", "type": "long"}, {"name": "note", "type": ["null","string"], "default": null}]}');
    const changed = diffLines(v1, v2).filter(l => l.kind !== 'same');
    expect(changed.every(l => l.kind === 'added' || l.text.trim() === '}')).toBe(true);
    expect(changed.some(l => l.text.includes('"note"'))).toBe(true);
  });

  it('leaves a schema that is not JSON (protobuf) as it is', () => {
    expect(prettySchema('syntax = "proto3";')).toBe('syntax = "proto3";');
  });
});
