using Deliberation.Api.V1;
using Deliberation.Server.Common;
using Deliberation.Server.Proposals;
using Model = Deliberation.Domain.Proposals;

namespace Deliberation.Server.Events;

internal static partial class FeedMapping
{
    /// <summary>Proposals and amendments: every member may read them (GetProposal), so every member sees them change.</summary>
    private static (Type Type, Mapping Mapping)[] Proposals =>
    [
        ForAll<Model.Submission.AdmissionRuleSet>((e, _) =>
            new SessionEvent { AdmissionRuleSet = new() { AgendaItemId = Ids.Text(e.AgendaItemId), Rule = e.Rule.ToApi() } }),
        ForAll<Model.Submission.ProposalSubmitted>((e, context) =>
            new SessionEvent { ProposalSubmitted = new() { Proposal = Model.Proposal.Create(e).ToApi(context.Languages, 1) } }),
        ForAll<Model.Submission.ProposalAdmitted>((e, _) => new SessionEvent { ProposalAdmitted = new() { ProposalId = e.ProposalId.ToString() } }),
        ForAll<Model.Revision.ProposalRevised>((e, context) => new SessionEvent
        {
            ProposalRevised = new()
            {
                ProposalId = e.ProposalId.ToString(), Version = e.Version, Title = Texts(e.Title, context),
                Paragraphs = { e.Paragraphs.Select(p => new Api.V1.Paragraph { ParagraphId = p.Id, Text = Texts(p.Texts, context) }) },
            },
        }),
        ForAll<Model.Translation.ProposalTranslated>((e, _) => new SessionEvent
        {
            ProposalTranslated = new()
            {
                ProposalId = e.ProposalId.ToString(), Version = e.Version, Language = e.Language, Title = e.Title ?? "",
                Paragraphs = { e.Paragraphs.ToDictionary() }, WrittenOnVersion = e.WrittenOn,
            },
        }),
        ForAll<Domain.Ballots.CloseBallot.ProposalAdopted>((e, _) =>
            new SessionEvent { ProposalAdopted = new() { ProposalId = e.ProposalId.ToString(), BallotId = e.BallotId.ToString() } }),
        ForAll<Model.Withdrawal.ProposalWithdrawn>((e, _) =>
            new SessionEvent { ProposalWithdrawn = new() { ProposalId = e.ProposalId.ToString(), Reason = e.Reason ?? "" } }),
        ForAll<Model.Cosponsorship.CosponsorJoined>((e, _) => new SessionEvent
        {
            CosponsorJoined = new()
            {
                ProposalId = e.ProposalId.ToString(),
                Cosponsor = new() { ParticipantId = e.ParticipantId.ToString(), GroupValue = e.GroupValue ?? "", JoinedAt = e.At.ToApi() },
            },
        }),
        ForAll<Model.Cosponsorship.CosponsorLeft>((e, _) =>
            new SessionEvent { CosponsorLeft = new() { ProposalId = e.ProposalId.ToString(), ParticipantId = e.ParticipantId.ToString() } }),
        ForAll<Model.Merging.ProposalsMerged>((e, context) => new SessionEvent
        {
            ProposalsMerged = new()
            {
                ProposalId = e.ProposalId.ToString(), Version = e.Version, MergedProposalId = e.MergedProposalId.ToString(),
                Appended = { e.Appended.Select(p => new Api.V1.Paragraph { ParagraphId = p.Id, Text = Texts(p.Text.Texts, context) }) },
            },
        }),
        ForAll<Model.Merging.ProposalMergedInto>((e, _) => new SessionEvent
        {
            ProposalMergedInto = new() { ProposalId = e.ProposalId.ToString(), IntoProposalId = e.IntoProposalId.ToString(), IntoVersion = e.IntoVersion },
        }),
        ForAll<Model.Amending.AmendmentSubmitted>((e, context) => new SessionEvent
        {
            AmendmentSubmitted = new()
            {
                Amendment = Model.Amendments.Amendment.Submitted(e, e.BaseVersion).ToApi(e.ProposalId, context.Languages),
            },
        }),
        ForAll<Model.Amending.AmendmentRebased>((e, context) => new SessionEvent
        {
            AmendmentRebased = new()
            {
                ProposalId = e.ProposalId.ToString(), AmendmentId = e.AmendmentId.ToString(), BaseVersion = e.BaseVersion,
                Operations = { e.Operations.Select(ProposalMapping.ToApi) },
            },
        }),
        ForAll<Model.Amending.AmendmentCarriedForward>((e, _) => new SessionEvent
        {
            AmendmentCarriedForward = new() { ProposalId = e.ProposalId.ToString(), AmendmentId = e.AmendmentId.ToString(), ToVersion = e.ToVersion },
        }),
        ForAll<Model.Amending.AmendmentConflicted>((e, _) => new SessionEvent
        {
            AmendmentConflicted = new() { ProposalId = e.ProposalId.ToString(), AmendmentId = e.AmendmentId.ToString(), AtVersion = e.AtVersion, ParagraphIds = { e.Paragraphs } },
        }),
        Decided<Model.AmendmentDecisions.AmendmentAccepted>(e => (e.ProposalId, e.AmendmentId, AmendmentStatus.Merged, e.Version, null, null)),
        Decided<Model.AmendmentDecisions.AmendmentDeclined>(e => (e.ProposalId, e.AmendmentId, AmendmentStatus.Declined, null, e.Reason, null)),
        Decided<Model.AmendmentDecisions.AmendmentRuledOutOfOrder>(e => (e.ProposalId, e.AmendmentId, AmendmentStatus.RuledOutOfOrder, null, e.Reason, null)),
        Decided<Model.AmendmentDecisions.AmendmentWithdrawn>(e => (e.ProposalId, e.AmendmentId, AmendmentStatus.Withdrawn, null, null, null)),
        Decided<Model.AmendmentDecisions.AmendmentPutToVote>(e => (e.ProposalId, e.AmendmentId, AmendmentStatus.PutToVote, null, null, e.BallotId)),
        Decided<Model.AmendmentDecisions.AmendmentAdopted>(e => (e.ProposalId, e.AmendmentId, AmendmentStatus.Merged, e.Version, null, e.BallotId)),
        Decided<Model.AmendmentDecisions.AmendmentRejected>(e => (e.ProposalId, e.AmendmentId, AmendmentStatus.Rejected, null, null, e.BallotId)),
    ];

    private static Api.V1.LocalizedText Texts(IReadOnlyDictionary<string, string> texts, FeedContext context) =>
        new Domain.Common.LocalizedText(texts).ToApi(context.Languages);

    private static (Type Type, Mapping Mapping) Decided<T>(
        Func<T, (Guid Proposal, Guid Amendment, AmendmentStatus Status, int? Version, string? Reason, Guid? Ballot)> decision) =>
        ForAll<T>((e, _) =>
        {
            var (proposal, amendment, status, version, reason, ballot) = decision(e);
            return new SessionEvent
            {
                AmendmentStatusChanged = new()
                {
                    ProposalId = proposal.ToString(), AmendmentId = amendment.ToString(), Status = status,
                    MergedAtVersion = version ?? 0, Reason = reason ?? "", BallotId = Ids.Text(ballot),
                },
            };
        });
}
