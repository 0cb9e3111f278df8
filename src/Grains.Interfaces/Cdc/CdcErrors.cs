namespace DataSpine.Grains.Cdc;

/// <summary>Stable error codes of CDC routes; the API maps them to HTTP statuses (docs/cdc.md).</summary>
public static class CdcErrors
{
    public const string InvalidRoute = "invalid_cdc_route";
    public const string InvalidConnection = "invalid_connection";
    public const string UnsupportedSink = "unsupported_sink";
    public const string InvalidColumnHandling = "invalid_column_handling";
    public const string InvalidRegion = "invalid_region";
    public const string RouteExists = "cdc_route_exists";
    public const string RouteNotFound = "cdc_route_not_found";
    public const string SourceNotFound = "source_not_found";
    public const string SourceNotPostgres = "source_not_postgres";
    public const string TableNotCatalogued = "table_not_catalogued";
    public const string TableWithoutPrimaryKey = "table_without_primary_key";
    public const string ResidencyDenied = "residency_denied";
    public const string SlotNotDropped = "cdc_slot_not_dropped";
    public const string SinkUnreachable = "cdc_sink_unreachable";
}

/// <summary>Route statuses on the wire.</summary>
public static class CdcStatuses
{
    public const string Snapshotting = "snapshotting";
    public const string Streaming = "streaming";
    public const string Paused = "paused";
    public const string Stopped = "stopped";
    public const string Failed = "failed";
}

/// <summary>What a route does with a column.</summary>
public static class ColumnHandling
{
    public const string Pass = "pass";
    public const string Mask = "mask";
    public const string Drop = "drop";
}
