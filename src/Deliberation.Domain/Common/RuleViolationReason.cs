namespace Deliberation.Domain.Common;

/// <summary>
/// Why a command broke a rule of the domain. Each reason travels to clients as the ErrorInfo reason
/// of a FAILED_PRECONDITION error, under the same name (ErrorReason in protos/deliberation/v1/errors.proto).
/// </summary>
public enum RuleViolationReason
{
    /// <summary>A text uses a language that is not one of the session's working languages.</summary>
    LanguageNotInSession,

    /// <summary>The ballot is closed: no more votes, and it cannot be closed again.</summary>
    BallotClosed,

    /// <summary>The voter has already voted on this ballot, and this ballot does not allow changing a vote.</summary>
    AlreadyVoted,

    /// <summary>The session's status does not allow this change of status.</summary>
    SessionStatusChangeNotAllowed,

    /// <summary>The session is closed or archived: nothing in it changes any more.</summary>
    SessionClosed,

    /// <summary>The session is still a draft: nobody can join yet.</summary>
    SessionNotOpen,

    /// <summary>Rounds run only while the session is in progress.</summary>
    SessionNotInProgress,

    /// <summary>The join code has been used already.</summary>
    InvitationUsed,

    /// <summary>The join code was revoked.</summary>
    InvitationRevoked,

    /// <summary>The join code has expired (or would expire before it is created).</summary>
    InvitationExpired,

    /// <summary>Observers cannot be given voting rights.</summary>
    ObserversDoNotVote,

    /// <summary>The session already has a group dimension with this key.</summary>
    GroupDimensionExists,

    /// <summary>A group dimension or value that the session does not define.</summary>
    UnknownGroup,

    /// <summary>The dimension's values are set by moderators, not declared by participants.</summary>
    GroupSetByModerator,

    /// <summary>A participant acted on someone else's behalf.</summary>
    NotYourOwn,

    /// <summary>Another round is still open or paused.</summary>
    RoundAlreadyOpen,

    /// <summary>The round is closed.</summary>
    RoundNotOpen,

    /// <summary>The round is paused.</summary>
    RoundPaused,

    /// <summary>The round is not paused, so it cannot resume.</summary>
    RoundNotPaused,

    /// <summary>The round has already left the phase the request meant to leave.</summary>
    PhaseAlreadyAdvanced,

    /// <summary>The phase plan of a round is not usable.</summary>
    InvalidPhasePlan,

    /// <summary>The current round is not in the phase this action needs.</summary>
    PhaseNotOpen,

    /// <summary>The phase's deadline has not passed (or was stopped): the schedule leaves it.</summary>
    PhaseNotDue,

    /// <summary>The participant already waits on the list for the same kind of turn.</summary>
    AlreadyRequested,

    /// <summary>The request is no longer waiting: granted, skipped, removed or withdrawn.</summary>
    RequestNotWaiting,

    /// <summary>Someone has the floor; their turn must end first.</summary>
    TurnInProgress,

    /// <summary>Nobody has the floor.</summary>
    NoTurn,

    /// <summary>The turn is not running (it is paused).</summary>
    TurnNotRunning,

    /// <summary>The turn is not paused.</summary>
    TurnNotPaused,

    /// <summary>Nobody waits for the floor.</summary>
    NobodyWaiting,

    /// <summary>The proposal was withdrawn or merged into another: it takes no more changes.</summary>
    ProposalNotActive,

    /// <summary>Only the proposal's author may do this (for a sub-amendment: the parent amendment's amender).</summary>
    NotTheAuthor,

    /// <summary>Only the amendment's amender may do this.</summary>
    NotTheAmender,

    /// <summary>The proposal is still a draft: it lacks the co-sponsors its admission rule asks for.</summary>
    ProposalNotAdmitted,

    /// <summary>The amendment is decided already: merged, rejected, ruled out of order or withdrawn.</summary>
    AmendmentDecided,

    /// <summary>Paragraphs the amendment touches changed since it was made; its amender must rebase it first.</summary>
    AmendmentConflicting,

    /// <summary>The amendment has sub-amendments still to decide; they are decided before it.</summary>
    SubAmendmentsPending,

    /// <summary>An amendment on a ballot touches this text, which stays as it is until the ballot closes.</summary>
    AmendmentUnderVote,

    /// <summary>The caller already co-sponsors the proposal (or is its author).</summary>
    AlreadyCosponsor,

    /// <summary>The caller does not co-sponsor the proposal.</summary>
    NotACosponsor,

    /// <summary>The proposal has moved on from the version the request expected; read it again.</summary>
    VersionChanged,

    /// <summary>The proposal has as many amendments as it may have (see docs/api.md).</summary>
    TooManyAmendments,

    /// <summary>Only an amendment awaiting the author's decision can be accepted or declined.</summary>
    AmendmentNotPending,

    /// <summary>Only an amendment its author declined can be put to a vote.</summary>
    AmendmentNotDeclined,

    /// <summary>The change would leave the proposal without paragraphs or over its limits.</summary>
    TextLimitReached,
    /// <summary>The participant was not in the ballot's electorate, fixed when it opened.</summary>
    NotInElectorate,

    /// <summary>The participant has no vote standing on the ballot to withdraw.</summary>
    NoVoteToWithdraw,

    /// <summary>The ballot does not allow a vote to be withdrawn once cast.</summary>
    VoteChangeNotAllowed,

    /// <summary>The ballot is still open: its record is published when it closes.</summary>
    BallotNotClosed,

    /// <summary>The ballot's deadline is not in the future.</summary>
    DeadlinePassed,

    /// <summary>The participant has no voting rights, so can neither hand a vote nor hold one.</summary>
    NotAVoter,

    /// <summary>The grant would make a chain: votes are handed on one step only.</summary>
    ProxyChain,

    /// <summary>No proxy stands for what was to be revoked.</summary>
    NoProxy,

    /// <summary>The ballot is on options; this applies only to a yes/no/abstain motion.</summary>
    NotAMotion,
}
