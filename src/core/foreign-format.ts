import { BLOCK_TYPES, type BlockType } from '../model/types.js';

/**
 * Whether a document may be in another publisher format (JSON-LD, ANS, ninjs, Apple News,
 * WordPress), so that the adapters, a separate chunk, are loaded only for such documents. Cheap
 * and never throwing; a Lede Article or block answers false.
 */
export function mayNeedAdapter(document: unknown): boolean {
  try {
    // A JSON-LD document may be an array of nodes; an empty one is nothing at all.
    if (Array.isArray(document)) return document.length > 0;
    if (typeof document !== 'object' || document === null) return false;
    const record = document as Record<string, unknown>;
    if ('@context' in record || '@type' in record || '@graph' in record) return true;
    if ('uri' in record || Array.isArray(record.components)) return true;
    // WordPress writes a post's title as an object ({ rendered }); Lede's titles are strings.
    if (typeof record.title === 'object' && record.title !== null) return true;
    const { type } = record;
    return typeof type === 'string' && !BLOCK_TYPES.includes(type as BlockType);
  } catch {
    return false;
  }
}
