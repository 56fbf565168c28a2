using Deliberation.Domain.Proposals.Amendments;
using Deliberation.Domain.Proposals.Diffs;
using Deliberation.Domain.Proposals.Submission;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Server.Common;
using Google.Protobuf.Collections;
using Model = Deliberation.Domain.Proposals;

namespace Deliberation.Server.Proposals;

internal static class ProposalMapping
{
    public static Api.V1.Proposal ToApi(this Model.Proposal proposal, IReadOnlyList<string> languages, int latestVersion) => new()
    {
        ProposalId = proposal.Id.ToString(),
        SessionId = proposal.SessionId.ToString(),
        AgendaItemId = Ids.Text(proposal.AgendaItemId),
        AuthoritativeLanguage = proposal.AuthoritativeLanguage,
        Status = (Api.V1.ProposalStatus)((int)proposal.Status + 1),
        Version = proposal.VersionNumber,
        LatestVersion = latestVersion,
        Title = proposal.Title.ToApi(languages),
        Paragraphs = { proposal.Paragraphs.Select(p => new Api.V1.Paragraph { ParagraphId = p.Id, Text = p.Text.ToApi(languages) }) },
        AuthorId = Ids.Text(proposal.Author.ParticipantId),
        Cosponsors = { proposal.Cosponsors.Select(c => new Api.V1.Cosponsor { ParticipantId = c.ParticipantId.ToString(), GroupValue = c.GroupValue ?? "", JoinedAt = c.JoinedAt.ToApi() }) },
        Admission = proposal.Admission.ToApi(),
        Versions = { proposal.Versions.Select(v => new Api.V1.ProposalVersion { Number = v.Number, Change = (Api.V1.VersionChange)((int)v.Change + 1), SourceId = Ids.Text(v.Source), At = v.At.ToApi() }) },
        Translations = { LanguageStatus.Of(proposal, languages).Select(ToApi) },
        SubmittedAt = proposal.SubmittedAt.ToApi(),
        MergedIntoProposalId = Ids.Text(proposal.MergedInto),
        AdoptedByBallotId = Ids.Text(proposal.AdoptedByBallot),
        Amendments = { proposal.Amendments.Select(a => a.ToApi(proposal.Id, languages)) },
    };

    public static Api.V1.AdmissionRule ToApi(this AdmissionRule rule) =>
        new() { Cosponsors = rule.Cosponsors, Dimension = rule.Dimension ?? "", DistinctValues = rule.DistinctValues };

    public static AdmissionRule ToDomain(this Api.V1.AdmissionRule rule) =>
        new(rule.Cosponsors, rule.Dimension is { Length: > 0 } dimension ? dimension : null, rule.DistinctValues);

    public static Api.V1.Amendment ToApi(this Amendment amendment, Guid proposalId, IReadOnlyList<string> languages) => new()
    {
        AmendmentId = amendment.Id.ToString(),
        ProposalId = proposalId.ToString(),
        Number = amendment.Number,
        ParentAmendmentId = Ids.Text(amendment.ParentId),
        BaseVersion = amendment.BaseVersion,
        AmenderId = Ids.Text(amendment.By.ParticipantId),
        Rationale = amendment.Rationale.ToApi(languages),
        Operations = { amendment.Operations.Select(ToApi) },
        Status = (Api.V1.AmendmentStatus)((int)amendment.Status + 1),
        ConflictingParagraphIds = { amendment.Conflicts },
        Revision = amendment.Revision,
        Reason = amendment.Reason ?? "",
        BallotId = Ids.Text(amendment.BallotId),
        MergedAtVersion = amendment.MergedAtVersion ?? 0,
        SubmittedAt = amendment.SubmittedAt.ToApi(),
    };

    public static Api.V1.TextDiff ToApi(this TextDiff diff) => new()
    {
        Language = diff.Language,
        Title = { diff.Title.Select(ToApi) },
        Paragraphs = { diff.Paragraphs.Select(p => new Api.V1.ParagraphDiff { ParagraphId = p.ParagraphId, Change = (Api.V1.ParagraphChange)((int)p.Change + 1), Moved = p.Moved, Words = { p.Words.Select(ToApi) } }) },
        Unified = diff.Unified(),
    };

    public static IReadOnlyList<AmendmentOperation> ToDomain(this RepeatedField<Api.V1.AmendmentOperation> operations) => operations.Select(o => o.OperationCase switch
    {
        Api.V1.AmendmentOperation.OperationOneofCase.ReplaceParagraph => AmendmentOperation.Replace(o.ReplaceParagraph.ParagraphId, o.ReplaceParagraph.Text.ToDomain().Texts),
        Api.V1.AmendmentOperation.OperationOneofCase.InsertParagraph => AmendmentOperation.Insert(o.InsertParagraph.AfterParagraphId, o.InsertParagraph.Text.ToDomain().Texts),
        Api.V1.AmendmentOperation.OperationOneofCase.DeleteParagraph => AmendmentOperation.Delete(o.DeleteParagraph.ParagraphId),
        _ => AmendmentOperation.ReplaceSpan(o.ReplaceSpan.ParagraphId, o.ReplaceSpan.Language, o.ReplaceSpan.Start, o.ReplaceSpan.Length, o.ReplaceSpan.Replacement.Normalize()),
    }).ToList();

    private static Api.V1.LocalizedText ToApi(this TrackedText text, IReadOnlyList<string> languages) =>
        new Domain.Common.LocalizedText(text.Texts).ToApi(languages);

    private static Api.V1.TranslationStatus ToApi(LanguageStatus status) => new()
    {
        Language = status.Language,
        State = (Api.V1.TranslationState)((int)status.State + 1),
        OutdatedSince = status.OutdatedSince ?? 0,
        Needs = { status.Needs.Select(n => new Api.V1.TranslationNeed { Part = n.Part, OutdatedSince = n.OutdatedSince ?? 0 }) },
    };

    public static Api.V1.AmendmentOperation ToApi(AmendmentOperation operation) => operation.Kind switch
    {
        OperationKind.ReplaceParagraph => new() { ReplaceParagraph = new() { ParagraphId = operation.ParagraphId, Text = Texts(operation) } },
        OperationKind.InsertParagraph => new() { InsertParagraph = new() { AfterParagraphId = operation.ParagraphId, Text = Texts(operation), NewParagraphId = operation.NewParagraphId ?? "" } },
        OperationKind.DeleteParagraph => new() { DeleteParagraph = new() { ParagraphId = operation.ParagraphId } },
        _ => new()
        {
            ReplaceSpan = new()
            {
                ParagraphId = operation.ParagraphId, Language = operation.Span!.Language, Start = operation.Span.Start, Length = operation.Span.Length,
                Replacement = operation.Span.Replacement, Original = operation.Span.Original,
            },
        },
    };

    private static Api.V1.LocalizedText Texts(AmendmentOperation operation) =>
        new() { Texts = { operation.Texts!.Select(t => new Api.V1.Translation { Language = t.Key, Text = t.Value }) } };

    private static Api.V1.WordEdit ToApi(WordEdit edit) => new() { Kind = (Api.V1.EditKind)((int)edit.Kind + 1), Text = edit.Text };
}
