using Deliberation.Server.Events;

namespace Deliberation.IntegrationTests;

/// <summary>The feed knows every event the engine stores: each is mapped (to a message for someone, or deliberately to none).</summary>
public class FeedMappingTests
{
    /// <summary>The domain's events: what its records are created from and applied with.</summary>
    private static readonly IReadOnlyList<Type> StoredEventTypes = typeof(Domain.Sessions.Session).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.DeclaredOnly))
        .Where(m => m.Name is "Create" or "Apply" && m.GetParameters().Length == 1 && m.ReturnType == m.DeclaringType)
        .Select(m => m.GetParameters()[0].ParameterType)
        .Distinct()
        .ToList();

    [Fact]
    public void Every_stored_event_type_has_a_feed_mapping()
    {
        var unmapped = StoredEventTypes.Where(t => !FeedCoverage.Mapped.Contains(t)).Select(t => t.Name);

        Assert.Empty(unmapped);
        Assert.Contains(typeof(Domain.Floor.StatementRecorded), StoredEventTypes);
        Assert.Contains(typeof(Domain.Ballots.WithdrawVote.VoteWithdrawn), StoredEventTypes);
    }
}
