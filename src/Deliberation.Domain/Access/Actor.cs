namespace Deliberation.Domain.Access;

public enum ActorKind
{
    /// <summary>The engine's operator: sets up sessions.</summary>
    Operator,

    /// <summary>A participant of the session, whatever their role.</summary>
    Member,

    /// <summary>The engine itself, acting on a schedule the moderators set (a phase deadline).</summary>
    Schedule,
}

/// <summary>Who took an action; recorded with every event a person or the schedule causes.</summary>
public sealed record Actor(ActorKind Kind, Guid? ParticipantId)
{
    public static readonly Actor Operator = new(ActorKind.Operator, null);
    public static readonly Actor Schedule = new(ActorKind.Schedule, null);

    public static Actor Member(Guid participantId) => new(ActorKind.Member, participantId);
}
