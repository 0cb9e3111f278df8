namespace DataSpine.Registry.Compatibility.Protobuf;

/// <summary>
/// A message or enum known to a schema, with the package it lives in and where it came from:
/// the schema itself (<see cref="Subject"/> empty, version -1) or a reference.
/// </summary>
public sealed record ProtoTypeInfo(string FullName, string Package, ProtoTypeElement Element, string Subject, int Version)
{
    public bool IsLocal => Subject.Length == 0 && Version == -1;
}
