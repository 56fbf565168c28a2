using Deliberation.Domain.Access;
using Deliberation.Domain.Common;

namespace Deliberation.Domain.Proposals.Amendments;

public enum AmendmentStatus
{
    /// <summary>Awaiting the author's decision.</summary>
    Pending,

    /// <summary>The author declined it; a moderator may put it to a vote.</summary>
    Declined,

    /// <summary>Put to a ballot; what it touches stays as it is until the ballot closes.</summary>
    PutToVote,

    /// <summary>Accepted as friendly or adopted by a vote, and merged.</summary>
    Merged,

    /// <summary>Put to a vote and not adopted.</summary>
    Rejected,

    /// <summary>Ruled out of order by a moderator.</summary>
    RuledOutOfOrder,

    /// <summary>Withdrawn by its amender.</summary>
    Withdrawn,
}

/// <summary>
/// A change put to a proposal (or, with a <see cref="ParentId"/>, to another amendment: a sub-amendment).
/// <see cref="BaseVersion"/> is the proposal version it applies to (for a sub-amendment, the parent's
/// revision), carried forward as the text moves on; <see cref="WrittenOn"/> is the version its texts were written on,
/// which decides whether they count as current translations when merged. <see cref="Conflicts"/> lists the paragraphs that changed under it since, which only a
/// rebase clears.
/// </summary>
public sealed record Amendment(
    Guid Id, int Number, Guid? ParentId, int BaseVersion, Actor By, LocalizedText Rationale,
    IReadOnlyList<AmendmentOperation> Operations, AmendmentStatus Status, IReadOnlyList<string> Conflicts,
    int Revision, string? Reason, Guid? BallotId, int? MergedAtVersion, DateTimeOffset SubmittedAt, int WrittenOn)
{
    /// <summary>An amendment as submitted; <paramref name="writtenOn"/> is the proposal version its author read.</summary>
    public static Amendment Submitted(Amending.AmendmentSubmitted e, int writtenOn) => new(
        e.AmendmentId, e.Number, e.ParentId, e.BaseVersion, e.By, e.Rationale, e.Operations, AmendmentStatus.Pending, [], 1, null, null, null, e.At, writtenOn);

    /// <summary>Still to be decided: pending, declined (a vote may still adopt it) or under vote.</summary>
    public bool IsUndecided => Status is AmendmentStatus.Pending or AmendmentStatus.Declined or AmendmentStatus.PutToVote;

    public bool IsConflicting => Conflicts.Count > 0;

    /// <summary>The texts this amendment proposes, by paragraph: what a sub-amendment can change.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ProposedTexts() =>
        Operations.Where(o => o.Kind is OperationKind.ReplaceParagraph or OperationKind.InsertParagraph)
            .ToDictionary(o => o.NewParagraphId ?? o.ParagraphId, o => o.Texts!);
}
