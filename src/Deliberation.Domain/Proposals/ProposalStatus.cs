namespace Deliberation.Domain.Proposals;

public enum ProposalStatus
{
    /// <summary>Submitted, waiting for the co-sponsors its admission rule asks for.</summary>
    Draft,

    /// <summary>Before the session: it can be amended and put to a vote.</summary>
    Admitted,

    /// <summary>Withdrawn by its author.</summary>
    Withdrawn,

    /// <summary>Merged into another proposal, which carries its text on.</summary>
    Merged,

    /// <summary>Adopted by a ballot: its text is final.</summary>
    Adopted,
}

/// <summary>What made a version.</summary>
public enum VersionChange
{
    Submitted,
    Revised,
    Translated,
    AmendmentAccepted,
    AmendmentAdopted,
    ProposalMerged,
}

public sealed record ProposalVersion(int Number, VersionChange Change, Guid? Source, DateTimeOffset At);
