namespace Deliberation.Domain.Common;

/// <summary>
/// Why a command broke a rule of the domain. Each reason travels to clients as the
/// ErrorInfo reason of a FAILED_PRECONDITION error (ErrorReason in protos/deliberation/v1/errors.proto).
/// </summary>
public enum RuleViolationReason
{
    /// <summary>A text uses a language that is not one of the session's working languages.</summary>
    LanguageNotInSession,

    /// <summary>The ballot is closed: no more votes, and it cannot be closed again.</summary>
    BallotClosed,

    /// <summary>The voter has already voted on this ballot, and this ballot does not allow changing a vote.</summary>
    AlreadyVoted,
}
