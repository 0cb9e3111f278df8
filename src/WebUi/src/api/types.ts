export type FacetCount = { value: string; count: number };
export type SearchHit = {
  id: string; name: string; qualifiedName: string; type: string; source: string; schema: string | null;
  classifications: string[]; highlight: string; score: number;
};
export type SearchPage = { total: number; totalExact: boolean; items: SearchHit[]; facets: Record<string, FacetCount[]>; cursor: string | null };

export type Classification = { class: string; confidence: number; evidence: string[] };
export type ColumnProfile = { column: string; nullFraction: number; distinctEstimate: number; min: string | null; max: string | null };
export type TermRef = { id: string; name: string };
export type Column = {
  name: string; ordinal: number; dataType: string; nullable: boolean; default: string | null; comment: string | null;
  classifications: Classification[]; profile: ColumnProfile | null; terms: TermRef[];
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
  schemas: TopicSchemaLink[] | null; terms: TermRef[];
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

export type Term = {
  id: string; name: string; definition: string; synonyms: string[]; owner: string | null; createdAt: string; updatedAt: string;
  usedBy: string[];
};

export type SubjectVersion = { subject: string; version: number; id: number; schema: string; schemaType?: string | null; metadata?: { properties: Record<string, string> } | null };

export type MarquezEdge = { origin: string; destination: string };
export type MarquezNode = { id: string; type: string; data: Record<string, unknown> | null; inEdges: MarquezEdge[]; outEdges: MarquezEdge[] };
export type MarquezGraph = { graph: MarquezNode[]; truncated: boolean };
