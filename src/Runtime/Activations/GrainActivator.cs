using System.Collections.Concurrent;
using System.Reflection;
using DataSpine.Runtime.Storage;
using DataSpine.Runtime.Types;

namespace DataSpine.Runtime.Activations;

/// <summary>
/// Builds grain instances: constructor parameters come from dependency injection, except
/// <c>[PersistentState("name")] IPersistentState&lt;T&gt;</c> parameters, which get state bound to the
/// grain's own storage row (grain type + key + state name).
/// </summary>
internal sealed class GrainActivator(IServiceProvider services, StateSerializer serializer)
{
    private readonly ConcurrentDictionary<Type, Plan> _plans = new();

    public (object Instance, IReadOnlyList<ILoadableState> States) Create(GrainType type, GrainId id)
    {
        var plan = _plans.GetOrAdd(type.Implementation, Plan.For);
        var arguments = new object?[plan.Parameters.Length];
        var states = new List<ILoadableState>();
        for (var i = 0; i < arguments.Length; i++)
        {
            var parameter = plan.Parameters[i];
            if (parameter.State is { } state)
            {
                var storage = state.StorageName is null
                    ? services.GetRequiredService<IGrainStorage>()
                    : services.GetRequiredKeyedService<IGrainStorage>(state.StorageName);
                var created = (ILoadableState)Activator.CreateInstance(
                    typeof(PersistentState<>).MakeGenericType(parameter.Type.GetGenericArguments()[0]),
                    storage, new StateKey(type.Name, id.Key, state.StateName), serializer)!;
                states.Add(created);
                arguments[i] = created;
            }
            else
            {
                arguments[i] = services.GetRequiredService(parameter.Type);
            }
        }

        return (plan.Constructor.Invoke(arguments), states);
    }

    private sealed record Parameter(Type Type, PersistentStateAttribute? State);

    private sealed record Plan(ConstructorInfo Constructor, Parameter[] Parameters)
    {
        public static Plan For(Type implementation)
        {
            var constructor = implementation.GetConstructors().OrderByDescending(c => c.GetParameters().Length).FirstOrDefault()
                ?? throw new InvalidOperationException($"{implementation.Name} needs a public constructor.");
            var parameters = constructor.GetParameters().Select(p =>
            {
                var state = p.GetCustomAttribute<PersistentStateAttribute>();
                var isState = p.ParameterType.IsGenericType && p.ParameterType.GetGenericTypeDefinition() == typeof(IPersistentState<>);
                if (isState && state is null)
                {
                    throw new InvalidOperationException(
                        $"{implementation.Name}: parameter '{p.Name}' needs [PersistentState(\"name\")].");
                }

                return new Parameter(p.ParameterType, isState ? state : null);
            });
            return new Plan(constructor, [.. parameters]);
        }
    }
}
