/** `label` is what to show when the value is an id (a glossary term's name). */
export type FacetCount = { value: string; count: number; label?: string | null };
export type SearchHit = {
  id: string; name: string; qualifiedName: string; type: string; source: string; schema: string | null;
  classifications: string[]; highlight: string; score: number;
};
export type SearchPage = { total: number; totalExact: boolean; items: SearchHit[]; facets: Record<string, FacetCount[]>; cursor: string | null };

export type Classification = { class: string; confidence: number; evidence: string[] };
export type ColumnProfile = { column: string; nullFraction: number; distinctEstimate: number; min: string | null; max: string | null };
export type TermRef = { id: string; name: string };
export type Owner = { name: string; kind: 'Person' | 'Group' };
export type ClassDecision = { verdict: string; actor: string; at: string; reason: string | null; confidenceAtDecision: number | null };
/** One class of a column as a steward reviews it (docs/stewardship.md): status Pending, Accepted, Rejected or Manual. */
export type ClassReview = {
  class: string; status: string; severity: string; detected: boolean; confidence: number | null; evidence: string[];
  effective: boolean; needsReview: boolean; reviewReason: string | null; decision: ClassDecision | null;
};
export type Column = {
  name: string; ordinal: number; dataType: string; nullable: boolean; default: string | null; comment: string | null;
  classifications: Classification[]; profile: ColumnProfile | null; terms: TermRef[];
  review?: ClassReview[] | null; description?: string | null; owners?: Owner[] | null;
};
export type SchemaChange = { kind: string; column: string; from: string | null; to: string | null };
export type AssetVersion = { version: number; fingerprint: string; at: string; scanId: string; changes: SchemaChange[] };
export type ColumnEdge = { source: string; target: string; type: string; subtype: string | null };
export type TopicSchemaLink = { role: string; subject: string; version: number; id: number; schemaType: string };
export type Asset = {
  id: string; sourceId: string; qualifiedName: string; schema: string | null; name: string; type: string; columns: Column[];
  primaryKey: string[]; foreignKeys: { columns: string[]; referencedTable: string; referencedColumns: string[] }[];
  comment: string | null; owner: string | null; rowCount: number | null; definition: string | null;
  lineage: { upstream: string[]; columnEdges: ColumnEdge[]; targets: string[] } | null;
  firstSeenAt: string; lastSeenAt: string; deleted: boolean; deletedAt: string | null; versions: AssetVersion[];
  topic: { partitions: number; replicationFactor: number; configs: Record<string, string> | null } | null;
  schemas: TopicSchemaLink[] | null; terms: TermRef[]; description?: string | null; owners?: Owner[] | null;
};

export type SourceOptions = {
  includeSchemas?: string[]; excludeSchemas?: string[]; samplingAllowed?: boolean; maxParallelism?: number;
  scanEvery?: string | null; scanSchedule?: string | null; scanTimeZone?: string | null;
};
export type SourceEntry = { id: string; name: string; type: string };
export type ScanSummary = { id: string; status: string; finishedAt: string | null };
export type Source = {
  id: string; name: string; type: string; location: string; options: SourceOptions; createdAt: string; updatedAt: string;
  lastScan: ScanSummary | null; assetCount: number; nextScanAt: string | null;
};
export type ScanProgress = { discovered: number; harvested: number; unchanged: number; failed: number; deleted: number };
export type Scan = {
  id: string; sourceId: string; status: string; progress: ScanProgress; createdAt: string; startedAt: string | null;
  finishedAt: string | null; errorCode: string | null; error: string | null; objectErrors: { qualifiedName: string; code: string; message: string }[];
};
export type ScanListItem = {
  id: string; status: string; progress: ScanProgress | null; createdAt: string | null; startedAt: string | null;
  finishedAt: string | null; errorCode: string | null; objectErrorCount: number;
};
export type ConnectionTest = { ok: boolean; code: string | null; message: string | null; milliseconds: number };
export type Page<T> = { total: number; items: T[]; cursor: string | null };

export type TermDefinition = { name: string; definition: string; synonyms: string[]; owner: string | null };
/** Status Draft, InReview, Approved or Deprecated; `pending` is a change to an approved term, in review. */
export type Term = {
  id: string; name: string; definition: string; synonyms: string[]; owner: string | null; createdAt: string; updatedAt: string;
  usedBy: string[]; status: string; revision: number; approvedBy: string | null; approvedAt: string | null;
  pending: { revision: number; definition: TermDefinition; status: string; author: string; at: string } | null;
};
export type TermHistoryEntry = { revision: number; action: string; status: string; actor: string; at: string; definition: TermDefinition; note: string | null };

export type SubjectVersion = { subject: string; version: number; id: number; schema: string; schemaType?: string | null; metadata?: { properties: Record<string, string> } | null };

export type MarquezEdge = { origin: string; destination: string };
export type MarquezNode = { id: string; type: string; data: Record<string, unknown> | null; inEdges: MarquezEdge[]; outEdges: MarquezEdge[] };
export type MarquezGraph = { graph: MarquezNode[]; truncated: boolean };
