using System.Reflection;

namespace DataSpine.Runtime;

/// <summary>Wraps every request a grain receives (Orleans' incoming call filter); used for metrics.</summary>
public interface IIncomingGrainCallFilter
{
    Task Invoke(IIncomingGrainCallContext context);
}

public interface IIncomingGrainCallContext
{
    GrainId TargetId { get; }

    object Grain { get; }

    /// <summary>The interface method called.</summary>
    MethodInfo InterfaceMethod { get; }

    object?[] Arguments { get; }

    object? Result { get; set; }

    /// <summary>Calls the next filter, or the grain method itself.</summary>
    Task Invoke();
}
