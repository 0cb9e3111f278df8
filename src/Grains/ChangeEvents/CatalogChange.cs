namespace DataSpine.Grains.ChangeEvents;

/// <summary>One change a state write made, before it is wrapped in its envelope: its type, the entity's id, and the event's data.</summary>
internal sealed record CatalogChange(string Type, string Subject, object Data);
