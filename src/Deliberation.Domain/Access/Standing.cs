namespace Deliberation.Domain.Access;

/// <summary>Where a caller stands with respect to one session.</summary>
public enum Standing
{
    /// <summary>No valid token.</summary>
    Anonymous,

    /// <summary>A valid token, but not for this session.</summary>
    Outsider,

    Observer,
    Participant,
    VotingParticipant,
    Moderator,

    /// <summary>The engine's operator, who may set up and run any session but not vote in one.</summary>
    Operator,
}
