using Deliberation.Domain.Access;
using Deliberation.Domain.Common;
using Deliberation.Domain.Proposals.AmendmentDecisions;
using Deliberation.Domain.Proposals.Amending;
using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Proposals.Cosponsorship;
using Deliberation.Domain.Proposals.Merging;
using Deliberation.Domain.Proposals.Revision;
using Deliberation.Domain.Proposals.Submission;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Domain.Proposals.Translation;
using Deliberation.Domain.Proposals.Withdrawal;

namespace Deliberation.Domain.Proposals;

/// <summary>
/// A text before a session and every change made to it: the state folded from one proposal stream,
/// its amendments included (so merging one and marking the others that it puts in conflict is one decision).
/// Only the current text is kept here; any earlier version is the fold of the stream up to it.
/// The text's version is <see cref="VersionNumber"/>: Marten sets any int member named Version to the stream's version.
/// </summary>
public sealed record Proposal(
    Guid Id, Guid SessionId, Guid? AgendaItemId, string AuthoritativeLanguage, ProposalStatus Status, int VersionNumber,
    TrackedText Title, IReadOnlyList<Paragraph> Paragraphs, Actor Author, AdmissionRule Admission, IReadOnlyList<Cosponsor> Cosponsors,
    IReadOnlyList<ProposalVersion> Versions, IReadOnlyList<Amendment> Amendments, int ParagraphsIssued,
    Guid? MergedInto, DateTimeOffset SubmittedAt)
{
    /// <summary>The ballot that adopted the proposal, once one has.</summary>
    public Guid? AdoptedByBallot { get; init; }

    /// <summary>Open to changes: neither withdrawn, merged away nor adopted.</summary>
    public bool IsActive => Status is ProposalStatus.Draft or ProposalStatus.Admitted;

    public Amendment? FindAmendment(Guid id) => Amendments.FirstOrDefault(a => a.Id == id);

    /// <summary>The id the next new paragraph gets; ids are never reused.</summary>
    public string IssueParagraphId(int offset = 0) => $"p{ParagraphsIssued + offset + 1}";

    public static Proposal Create(ProposalSubmitted e) => new(
        e.ProposalId, e.SessionId, e.AgendaItemId, e.AuthoritativeLanguage, ProposalStatus.Draft, 1,
        TrackedText.Empty.Write(e.Title.Texts, e.AuthoritativeLanguage, 1),
        e.Paragraphs.Select(p => new Paragraph(p.Id, TrackedText.Empty.Write(p.Texts, e.AuthoritativeLanguage, 1))).ToList(),
        e.By, e.Admission, [], [new ProposalVersion(1, VersionChange.Submitted, null, e.At)], [], e.Paragraphs.Count, null, e.At);

    public Proposal Apply(ProposalAdmitted e) => this with { Status = ProposalStatus.Admitted };

    public Proposal Apply(ProposalRevised e)
    {
        var existing = Paragraphs.ToDictionary(p => p.Id);
        var body = e.Paragraphs.Select(p =>
            new Paragraph(p.Id, existing.GetValueOrDefault(p.Id)?.Text.Write(p.Texts, AuthoritativeLanguage, e.Version)
                                ?? TrackedText.Empty.Write(p.Texts, AuthoritativeLanguage, e.Version))).ToList();
        return NewVersion(e.Version, VersionChange.Revised, null, e.At) with
        {
            Title = Title.Write(e.Title, AuthoritativeLanguage, e.Version),
            Paragraphs = body,
            ParagraphsIssued = ParagraphsIssued + e.Paragraphs.Count(p => !existing.ContainsKey(p.Id)),
        };
    }

    public Proposal Apply(ProposalTranslated e)
    {
        var written = (string text) => new Dictionary<string, string> { [e.Language] = text };
        return NewVersion(e.Version, VersionChange.Translated, null, e.At) with
        {
            Title = e.Title is null ? Title : Title.Write(written(e.Title), AuthoritativeLanguage, e.Version, e.WrittenOn),
            Paragraphs = Paragraphs.Select(p => e.Paragraphs.TryGetValue(p.Id, out var text)
                ? p with { Text = p.Text.Write(written(text), AuthoritativeLanguage, e.Version, e.WrittenOn) } : p).ToList(),
        };
    }

    public Proposal Apply(ProposalWithdrawn e) => this with { Status = ProposalStatus.Withdrawn };

    public Proposal Apply(CosponsorJoined e) => this with { Cosponsors = [.. Cosponsors, new Cosponsor(e.ParticipantId, e.GroupValue, e.At)] };

    public Proposal Apply(CosponsorLeft e) => this with { Cosponsors = Cosponsors.Where(c => c.ParticipantId != e.ParticipantId).ToList() };

    public Proposal Apply(ProposalsMerged e) => NewVersion(e.Version, VersionChange.ProposalMerged, e.MergedProposalId, e.At) with
    {
        Paragraphs = [.. Paragraphs, .. e.Appended],
        ParagraphsIssued = ParagraphsIssued + e.Appended.Count,
    };

    public Proposal Apply(ProposalMergedInto e) => this with { Status = ProposalStatus.Merged, MergedInto = e.IntoProposalId };

    public Proposal Apply(AmendmentSubmitted e) => this with
    {
        Amendments = [.. Amendments, Amendment.Submitted(e, e.ParentId is null ? e.BaseVersion : VersionNumber)],
        ParagraphsIssued = ParagraphsIssued + e.Operations.Count(o => o.NewParagraphId is not null),
    };

    public Proposal Apply(AmendmentRebased e) => WithAmendment(e.AmendmentId, a => a with
    {
        BaseVersion = e.BaseVersion, Operations = e.Operations, Conflicts = [], Revision = a.Revision + 1,
        WrittenOn = a.ParentId is null ? e.BaseVersion : VersionNumber,
    }) with { ParagraphsIssued = ParagraphsIssued + e.Operations.Count(o => o.NewParagraphId is not null) };

    public Proposal Apply(AmendmentCarriedForward e) => WithAmendment(e.AmendmentId, a => a with { BaseVersion = e.ToVersion });

    public Proposal Apply(AmendmentConflicted e) => WithAmendment(e.AmendmentId, a => a with { Conflicts = e.Paragraphs });

    public Proposal Apply(AmendmentAccepted e) => Merge(e.AmendmentId, e.Version, VersionChange.AmendmentAccepted, e.At);

    public Proposal Apply(AmendmentAdopted e) => Merge(e.AmendmentId, e.Version, VersionChange.AmendmentAdopted, e.At);

    public Proposal Apply(AmendmentDeclined e) => WithAmendment(e.AmendmentId, a => a with { Status = AmendmentStatus.Declined, Reason = e.Reason });

    public Proposal Apply(AmendmentRuledOutOfOrder e) => WithAmendment(e.AmendmentId, a => a with { Status = AmendmentStatus.RuledOutOfOrder, Reason = e.Reason });

    public Proposal Apply(AmendmentWithdrawn e) => WithAmendment(e.AmendmentId, a => a with { Status = AmendmentStatus.Withdrawn });

    public Proposal Apply(AmendmentPutToVote e) => WithAmendment(e.AmendmentId, a => a with { Status = AmendmentStatus.PutToVote, BallotId = e.BallotId });

    public Proposal Apply(AmendmentRejected e) => WithAmendment(e.AmendmentId, a => a with { Status = AmendmentStatus.Rejected });

    public Proposal Apply(Ballots.CloseBallot.ProposalAdopted e) => this with { Status = ProposalStatus.Adopted, AdoptedByBallot = e.BallotId };

    /// <summary>Merges an amendment: into the text as a new version, or a sub-amendment into its parent.</summary>
    private Proposal Merge(Guid amendmentId, int? version, VersionChange change, DateTimeOffset at)
    {
        var amendment = FindAmendment(amendmentId)!;
        var merged = WithAmendment(amendmentId, a => a with { Status = AmendmentStatus.Merged, MergedAtVersion = version });
        if (amendment.ParentId is { } parentId)
            return merged.WithAmendment(parentId, p => p with { Operations = Operations.ApplyToAmendment(p.Operations, amendment.Operations), Revision = p.Revision + 1 });
        return merged.NewVersion(version!.Value, change, amendmentId, at) with
        {
            Paragraphs = Operations.Apply(Paragraphs, amendment.Operations, AuthoritativeLanguage, version.Value, amendment.WrittenOn),
        };
    }

    private Proposal NewVersion(int version, VersionChange change, Guid? source, DateTimeOffset at) =>
        this with { VersionNumber = version, Versions = [.. Versions, new ProposalVersion(version, change, source, at)] };

    private Proposal WithAmendment(Guid id, Func<Amendment, Amendment> change) =>
        this with { Amendments = Amendments.Select(a => a.Id == id ? change(a) : a).ToList() };
}
