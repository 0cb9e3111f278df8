namespace DataSpine.Grains;

/// <summary>Names this assembly, so that hosts can register its grain classes.</summary>
public static class GrainsAssembly;
