using Deliberation.Domain.Common;

namespace Deliberation.Domain.Floor;

/// <summary>How the published record names the person behind a statement.</summary>
public enum Attribution
{
    /// <summary>By name.</summary>
    Attributed,

    /// <summary>By role only ("a panelist", "a participant").</summary>
    RoleOnly,

    /// <summary>Not at all (Chatham House rule): only whoever recorded it can link it to its speaker.</summary>
    Unattributed,
}

/// <summary>What was said in a turn, as written down by the speaker or a rapporteur, under the attribution in force.</summary>
public sealed record Statement(Guid Id, Guid TurnId, Guid SpeakerId, LocalizedText Text, Attribution Attribution, Guid? RecordedBy, DateTimeOffset RecordedAt);

public sealed record StatementRecorded(
    Guid FloorId, Guid StatementId, Guid TurnId, Guid SpeakerId, LocalizedText Text, Attribution Attribution, Guid? RecordedBy, DateTimeOffset At);

public sealed record StatementAttributionSet(Guid FloorId, Attribution Attribution, Access.Actor By, DateTimeOffset At);
