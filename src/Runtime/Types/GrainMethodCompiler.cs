using System.Linq.Expressions;
using System.Reflection;
using DataSpine.Runtime.Calls;

namespace DataSpine.Runtime.Types;

/// <summary>Compiles <see cref="GrainMethod"/> descriptors from interface methods.</summary>
internal static class GrainMethodCompiler
{
    public static GrainMethod Compile(MethodInfo method, GrainType owner)
    {
        var returnType = method.ReturnType;
        var (resultType, boxer, adapter) = Shape(method, returnType);
        var parameters = method.GetParameters();
        return new GrainMethod
        {
            InterfaceMethod = method,
            Owner = owner,
            Name = method.Name,
            ResultType = resultType,
            ParameterTypes = [.. parameters.Select(p => p.ParameterType)],
            IsReadOnly = method.IsDefined(typeof(ReadOnlyAttribute), inherit: true),
            IsAlwaysInterleave = method.IsDefined(typeof(AlwaysInterleaveAttribute), inherit: true),
            Invoke = CompileInvoker(method, parameters, boxer),
            RouteFromProxy = adapter,
        };
    }

    private static (Type Result, MethodInfo Boxer, Func<IGrainCallRouter, GrainId, GrainMethod, object?[], object> Adapter) Shape(
        MethodInfo method, Type returnType)
    {
        if (returnType == typeof(Task))
        {
            return (typeof(object), Boxing.Method(nameof(Boxing.FromTask)), Adapters<object?>.ToTask);
        }

        if (returnType == typeof(ValueTask))
        {
            return (typeof(object), Boxing.Method(nameof(Boxing.FromValueTask)), Adapters<object?>.ToValueTask);
        }

        if (returnType.IsGenericType)
        {
            var definition = returnType.GetGenericTypeDefinition();
            var result = returnType.GetGenericArguments()[0];
            var adapters = typeof(Adapters<>).MakeGenericType(result);
            if (definition == typeof(Task<>))
            {
                return (result, Boxing.Method(nameof(Boxing.FromTaskOf)).MakeGenericMethod(result), AdapterOf(adapters, "ToTaskOf"));
            }

            if (definition == typeof(ValueTask<>))
            {
                return (result, Boxing.Method(nameof(Boxing.FromValueTaskOf)).MakeGenericMethod(result), AdapterOf(adapters, "ToValueTaskOf"));
            }
        }

        throw new NotSupportedException(
            $"Grain method {method.DeclaringType?.Name}.{method.Name} must return Task, Task<T>, ValueTask or ValueTask<T>.");
    }

    private static Func<IGrainCallRouter, GrainId, GrainMethod, object?[], object> AdapterOf(Type adapters, string field) =>
        (Func<IGrainCallRouter, GrainId, GrainMethod, object?[], object>)adapters.GetField(field)!.GetValue(null)!;

    private static Func<object, object?[], ValueTask<object?>> CompileInvoker(MethodInfo method, ParameterInfo[] parameters, MethodInfo boxer)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var args = Expression.Parameter(typeof(object?[]), "args");
        var arguments = parameters.Select((p, i) =>
            Expression.Convert(Expression.ArrayIndex(args, Expression.Constant(i)), p.ParameterType));
        var call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, arguments);
        var body = Expression.Call(boxer, call);
        return Expression.Lambda<Func<object, object?[], ValueTask<object?>>>(body, grain, args).Compile();
    }

    private static class Adapters<T>
    {
        public static readonly Func<IGrainCallRouter, GrainId, GrainMethod, object?[], object> ToTaskOf =
            (router, id, method, args) => router.InvokeAsync<T>(id, method, args);

        public static readonly Func<IGrainCallRouter, GrainId, GrainMethod, object?[], object> ToValueTaskOf =
            (router, id, method, args) => new ValueTask<T>(router.InvokeAsync<T>(id, method, args));

        public static readonly Func<IGrainCallRouter, GrainId, GrainMethod, object?[], object> ToTask =
            (router, id, method, args) => router.InvokeAsync<T>(id, method, args);

        public static readonly Func<IGrainCallRouter, GrainId, GrainMethod, object?[], object> ToValueTask =
            (router, id, method, args) => new ValueTask(router.InvokeAsync<T>(id, method, args));
    }
}
