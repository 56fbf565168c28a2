using Deliberation.Domain.Access;

namespace Deliberation.Domain.Floor;

public sealed record FloorOpened(Guid FloorId, Guid SessionId);

/// <summary>How a round's floor runs: the balance rule, time limits by kind of turn, and the panelists' fixed slots in order.</summary>
public sealed record FloorRulesSet(
    Guid FloorId, Guid RoundId, BalanceRule Balance, int? SpeechSeconds, int? PanelistSeconds, int? PointOfOrderSeconds,
    IReadOnlyList<Guid> PanelSlots, Actor By, DateTimeOffset At);

public sealed record FloorRequested(Guid FloorId, Guid RequestId, Guid ParticipantId, Guid RoundId, RequestKind Kind, Guid? ToPanelist, long Position, DateTimeOffset At);

public sealed record FloorRequestWithdrawn(Guid FloorId, Guid RequestId, DateTimeOffset At);

public sealed record FloorRequestSkipped(Guid FloorId, Guid RequestId, Actor By, DateTimeOffset At);

public sealed record FloorRequestRemoved(Guid FloorId, Guid RequestId, Actor By, DateTimeOffset At);

public sealed record FloorRequestMoved(Guid FloorId, Guid RequestId, long Position, Actor By, DateTimeOffset At);

/// <summary>Someone has the floor: from a request or a panel slot, chosen by the rule (and why) or by a moderator's override.</summary>
public sealed record TurnStarted(
    Guid FloorId, Guid TurnId, Guid? RequestId, Guid SpeakerId, Guid RoundId, RequestKind Kind, bool Panelist, int? LimitSeconds,
    string ChosenBecause, bool Override, Actor By, DateTimeOffset At);

public sealed record TurnPaused(Guid FloorId, Guid TurnId, double SpokenSeconds, Actor By, DateTimeOffset At);

public sealed record TurnResumed(Guid FloorId, Guid TurnId, Actor By, DateTimeOffset At);

public sealed record TurnEnded(Guid FloorId, Guid TurnId, double SpokenSeconds, Actor By, DateTimeOffset At);
