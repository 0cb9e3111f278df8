using System.Reflection;

namespace DataSpine.Runtime.Types;

/// <summary>Knows every grain interface, its implementation class and its stable type name.</summary>
internal sealed class GrainTypeRegistry
{
    private readonly Dictionary<Type, GrainType> _byInterface = [];
    private readonly Dictionary<string, GrainType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GrainType> _byInterfaceName = new(StringComparer.Ordinal);

    public GrainTypeRegistry(IEnumerable<Assembly> assemblies)
    {
        foreach (var implementation in assemblies.SelectMany(a => a.GetTypes()).Where(IsGrainClass))
        {
            foreach (var grainInterface in implementation.GetInterfaces().Where(IsGrainInterface))
            {
                Add(grainInterface, implementation);
            }
        }
    }

    public IEnumerable<GrainType> All => _byName.Values;

    public GrainType ForInterface(Type grainInterface) =>
        _byInterface.TryGetValue(grainInterface, out var type)
            ? type
            : throw new InvalidOperationException(
                $"No grain class implements {grainInterface.FullName}; register its assembly with AddGrains.");

    /// <summary>The grain type of an interface named by its full name (as remote calls carry it).</summary>
    public GrainType? ForInterfaceName(string fullName) => _byInterfaceName.GetValueOrDefault(fullName);

    private void Add(Type grainInterface, Type implementation)
    {
        if (_byInterface.TryGetValue(grainInterface, out var existing))
        {
            throw new InvalidOperationException(
                $"{grainInterface.Name} is implemented by both {existing.Implementation.Name} and {implementation.Name}.");
        }

        var type = new GrainType(grainInterface, implementation);
        _byInterface[grainInterface] = type;
        _byInterfaceName[grainInterface.FullName!] = type;
        if (_byName.TryGetValue(type.Name, out var clash) && clash.Implementation != implementation)
        {
            throw new InvalidOperationException(
                $"Grain type name '{type.Name}' is used by {clash.Implementation.Name} and {implementation.Name}; set [GrainType].");
        }

        _byName[type.Name] = type;
    }

    private static bool IsGrainClass(Type t) => t is { IsClass: true, IsAbstract: false } && typeof(Grain).IsAssignableFrom(t);

    private static bool IsGrainInterface(Type t) =>
        t != typeof(IGrainWithStringKey) && typeof(IGrainWithStringKey).IsAssignableFrom(t);
}
