namespace Deliberation.Domain.Sessions.Agenda;

/// <summary>A stage of a round: what participants may do while it lasts.</summary>
public enum Phase
{
    Statements,
    Submission,
    Amendment,
    Deliberation,
    Voting,

    /// <summary>The last phase of every round: nothing more happens in it.</summary>
    Closed,
}

/// <summary>A phase of a round, with how long it may last before it advances by itself (none: until the moderator advances it).</summary>
public sealed record PhasePlan(Phase Phase, int? DurationSeconds);
