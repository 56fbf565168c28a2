using JasperFx.Events;
using JasperFx.Events.Aggregation;

namespace Deliberation.Engine.EventStore;

/// <summary>
/// Folds new events into an aggregate exactly as its inline snapshot will be folded: through the
/// evolver that Marten's source generator wrote for it. So a command can answer with the state its
/// events lead to without reading it back.
/// </summary>
public static class Fold<T> where T : notnull
{
    private static readonly IGeneratedSyncEvolver<T, Guid> Evolver = FindEvolver();

    public static T Apply(T? state, Guid id, IEnumerable<object> events) =>
        events.Aggregate(state, (current, e) => Evolver.Evolve(current, id, Wrap(e)))
        ?? throw new InvalidOperationException($"The events did not produce a {typeof(T).Name}.");

    private static IEvent Wrap(object data) =>
        (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;

    private static IGeneratedSyncEvolver<T, Guid> FindEvolver()
    {
        var registration = typeof(T).Assembly.GetCustomAttributes(typeof(GeneratedEvolverAttribute), false)
            .Cast<GeneratedEvolverAttribute>()
            .Single(a => a.AggregateType == typeof(T));
        return (IGeneratedSyncEvolver<T, Guid>)Activator.CreateInstance(registration.EvolverType)!;
    }
}
