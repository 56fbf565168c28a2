namespace Deliberation.Domain.Floor;

/// <summary>Why someone asks for the floor. Points of order go first; replies come before the list.</summary>
public enum RequestKind
{
    Speech,
    Reply,
    PointOfOrder,
    Question,
}

public enum RequestStatus
{
    Waiting,
    Granted,
    Skipped,
    Removed,
    Withdrawn,
}

/// <summary>A request for the floor in one round. <see cref="Position"/> orders the list; moderators may change it.</summary>
public sealed record FloorRequest(
    Guid Id, Guid ParticipantId, Guid RoundId, RequestKind Kind, Guid? ToPanelist, long Position, RequestStatus Status, DateTimeOffset RequestedAt);
