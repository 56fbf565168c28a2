using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Domain.Proposals.Text;
using Deliberation.Engine.Proposals;
using Deliberation.Engine.Sessions;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Proposals;

namespace Deliberation.Server.Proposals;

internal sealed partial class ProposalService
{
    public override async Task<ProposalResponse> SubmitProposal(SubmitProposalRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAsync(context, sessionId, Permission.Contribute);
        var command = new Model.Submission.SubmitProposal(Guid.CreateVersion7(), sessionId, request.Title.ToDomain().Texts,
            request.Paragraphs.Select(p => p.ToDomain().Texts).ToList(), member.Actor, SessionAccess.PhaseOverride(member, request.PhaseOverrideReason));
        var proposal = await runner.RunAsync(request.KeyFor(nameof(SubmitProposal), context),
            (store, now, ct) => ProposalCommands.SubmitAsync(store, command, now, ct), context.CancellationToken);
        return await RespondAsync(proposal, context);
    }

    public override async Task<ProposalResponse> ReviseProposal(ReviseProposalRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireProposalAsync(request.ProposalId, context, Permission.Contribute);
        var command = new Model.Revision.ReviseProposal(proposal.Id, request.Title?.ToDomain().Texts ?? new Dictionary<string, string>(),
            request.Paragraphs.Select(p => new ParagraphText(p.ParagraphId, p.Text?.ToDomain().Texts ?? new Dictionary<string, string>())).ToList(),
            member.Actor, request.ExpectedVersion == 0 ? null : request.ExpectedVersion, SessionAccess.PhaseOverride(member, request.PhaseOverrideReason));
        return await DecideAsync(request, nameof(ReviseProposal), proposal.Id, context, (current, session, now) => Model.Revision.ReviseProposal.Decide(current, session, command, now));
    }

    public override async Task<ProposalResponse> TranslateProposal(TranslateProposalRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireProposalAsync(request.ProposalId, context, Permission.Contribute, Permission.Moderate);
        var command = new Model.Translation.TranslateProposal(proposal.Id, request.Language, request.Title is { Length: > 0 } title ? title.Normalize() : null,
            request.Paragraphs.ToDictionary(p => p.Key, p => p.Value.Normalize()), member.Actor, member.Moderates,
            request.WrittenOnVersion == 0 ? null : request.WrittenOnVersion);
        return await DecideAsync(request, nameof(TranslateProposal), proposal.Id, context, (current, session, now) => Model.Translation.TranslateProposal.Decide(current, session, command, now));
    }

    public override async Task<ProposalResponse> WithdrawProposal(WithdrawProposalRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireProposalAsync(request.ProposalId, context, Permission.Contribute);
        var command = new Model.Withdrawal.WithdrawProposal(proposal.Id, request.Reason is { Length: > 0 } reason ? reason.Normalize() : null, member.Actor);
        return await DecideAsync(request, nameof(WithdrawProposal), proposal.Id, context, (current, session, now) => [Model.Withdrawal.WithdrawProposal.Decide(current, session, command, now)]);
    }

    public override async Task<ProposalResponse> JoinCosponsors(JoinCosponsorsRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireProposalAsync(request.ProposalId, context, Permission.Contribute);
        var participant = await reader.GetAsync<Domain.Participants.Participant>(member.Actor.ParticipantId!.Value, "participant", context.CancellationToken);
        var command = new Model.Cosponsorship.JoinCosponsors(proposal.Id, participant.Id, participant.Groups);
        return await DecideAsync(request, nameof(JoinCosponsors), proposal.Id, context, (current, session, now) => Model.Cosponsorship.JoinCosponsors.Decide(current, session, command, now));
    }

    public override async Task<ProposalResponse> LeaveCosponsors(LeaveCosponsorsRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireProposalAsync(request.ProposalId, context, Permission.Contribute);
        var command = new Model.Cosponsorship.LeaveCosponsors(proposal.Id, member.Actor.ParticipantId!.Value);
        return await DecideAsync(request, nameof(LeaveCosponsors), proposal.Id, context, (current, session, now) => [Model.Cosponsorship.LeaveCosponsors.Decide(current, session, command, now)]);
    }

    public override async Task<ProposalResponse> MergeProposals(MergeProposalsRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireProposalAsync(request.ProposalId, context, Permission.Contribute);
        var command = new Model.Merging.MergeProposals(proposal.Id, Ids.Of(request.MergedProposalId), member.Actor);
        var kept = await runner.RunAsync(request.KeyFor(nameof(MergeProposals), context),
            (store, now, ct) => ProposalCommands.MergeAsync(store, command, now, ct), context.CancellationToken);
        return await RespondAsync(kept, context);
    }

    public override async Task<SetAdmissionRuleResponse> SetAdmissionRule(SetAdmissionRuleRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAsync(context, sessionId, Permission.Moderate);
        var command = new Model.Submission.SetAdmissionRule(sessionId, request.AgendaItemId is { Length: > 0 } item ? Ids.Of(item) : null, request.Rule.ToDomain(), member.Actor);
        var session = await runner.DecideOnSessionAsync(request.KeyFor(nameof(SetAdmissionRule), context), sessionId, member.Actor,
            (target, now) => [Model.Submission.SetAdmissionRule.Decide(target, command, now)], context.CancellationToken);
        return new SetAdmissionRuleResponse { Rule = session.AdmissionRuleFor(command.AgendaItemId).ToApi() };
    }

    private async Task<ProposalResponse> DecideAsync(IMutatingRequest request, string rpc, Guid proposalId, ServerCallContext context, Decision decide) =>
        await RespondAsync(await RunAsync(request, rpc, proposalId, context, decide), context);
}
