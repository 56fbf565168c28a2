using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Domain.Proposals.AmendmentDecisions;
using Deliberation.Domain.Proposals.Amending;
using Deliberation.Engine.Proposals;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Proposals;

namespace Deliberation.Server.Proposals;

internal sealed partial class ProposalService
{
    public override async Task<AmendmentResponse> SubmitAmendment(SubmitAmendmentRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireProposalAsync(request.ProposalId, context, Permission.Contribute);
        var command = new Model.Amending.SubmitAmendment(proposal.Id, Guid.CreateVersion7(),
            request.ParentAmendmentId is { Length: > 0 } parent ? Ids.Of(parent) : null, request.BaseVersion, request.Operations.ToDomain(),
            request.Rationale.ToDomain(), member.Actor, SessionAccess.PhaseOverride(member, request.PhaseOverrideReason));
        var updated = await runner.RunAsync(request.KeyFor(nameof(SubmitAmendment), context),
            (store, now, ct) => ProposalCommands.SubmitAmendmentAsync(store, command, now, ct), context.CancellationToken);
        return await RespondAsync(updated, updated.Amendments[^1].Id, context);
    }

    public override async Task<AmendmentResponse> RebaseAmendment(RebaseAmendmentRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireAmendmentAsync(request.AmendmentId, context, Permission.Contribute);
        var command = new Model.Amending.RebaseAmendment(proposal.Id, Ids.Of(request.AmendmentId), request.BaseVersion, request.Operations.ToDomain(),
            member.Actor, SessionAccess.PhaseOverride(member, request.PhaseOverrideReason));
        var updated = await runner.RunAsync(request.KeyFor(nameof(RebaseAmendment), context),
            (store, now, ct) => ProposalCommands.RebaseAmendmentAsync(store, command, now, ct), context.CancellationToken);
        return await RespondAsync(updated, command.AmendmentId, context);
    }

    public override async Task<AmendmentResponse> AcceptAmendment(AcceptAmendmentRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireAmendmentAsync(request.AmendmentId, context, Permission.Contribute);
        var command = new Model.AmendmentDecisions.AcceptAmendment(proposal.Id, Ids.Of(request.AmendmentId), member.Actor);
        return await DecideOnAmendmentAsync(request, nameof(AcceptAmendment), proposal.Id, command.AmendmentId, context,
            (current, session, now) => Model.AmendmentDecisions.AcceptAmendment.Decide(current, session, command, now));
    }

    public override async Task<AmendmentResponse> DeclineAmendment(DeclineAmendmentRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireAmendmentAsync(request.AmendmentId, context, Permission.Contribute);
        var command = new DeclineAmendment(proposal.Id, Ids.Of(request.AmendmentId), request.Reason is { Length: > 0 } reason ? reason.Normalize() : null, member.Actor);
        return await DecideOnAmendmentAsync(request, nameof(DeclineAmendment), proposal.Id, command.AmendmentId, context,
            (current, session, now) => [Model.AmendmentDecisions.DeclineAmendment.Decide(current, session, command, now)]);
    }

    public override async Task<AmendmentResponse> RuleAmendmentOutOfOrder(RuleAmendmentOutOfOrderRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireAmendmentAsync(request.AmendmentId, context, Permission.Moderate);
        var command = new RuleAmendmentOutOfOrder(proposal.Id, Ids.Of(request.AmendmentId), request.Reason.Normalize(), member.Actor);
        return await DecideOnAmendmentAsync(request, nameof(RuleAmendmentOutOfOrder), proposal.Id, command.AmendmentId, context,
            (current, session, now) => [Model.AmendmentDecisions.RuleAmendmentOutOfOrder.Decide(current, session, command, now)]);
    }

    public override async Task<AmendmentResponse> WithdrawAmendment(WithdrawAmendmentRequest request, ServerCallContext context)
    {
        var (proposal, member) = await RequireAmendmentAsync(request.AmendmentId, context, Permission.Contribute);
        var command = new WithdrawAmendment(proposal.Id, Ids.Of(request.AmendmentId), member.Actor);
        return await DecideOnAmendmentAsync(request, nameof(WithdrawAmendment), proposal.Id, command.AmendmentId, context,
            (current, session, now) => [Model.AmendmentDecisions.WithdrawAmendment.Decide(current, session, command, now)]);
    }

    public override async Task<AmendmentResponse> GetAmendment(GetAmendmentRequest request, ServerCallContext context)
    {
        var (proposal, _) = await RequireAmendmentAsync(request.AmendmentId, context, Permission.View);
        return await RespondAsync(proposal, Ids.Of(request.AmendmentId), context);
    }

    private async Task<AmendmentResponse> DecideOnAmendmentAsync(IMutatingRequest request, string rpc, Guid proposalId, Guid amendmentId, ServerCallContext context,
        Decision decide) =>
        await RespondAsync(await RunAsync(request, rpc, proposalId, context, decide), amendmentId, context);

    /// <summary>The amendment with its change in every working language, shown against the text it applies to (a top-level one: its base version).</summary>
    private async Task<AmendmentResponse> RespondAsync(Model.Proposal proposal, Guid amendmentId, ServerCallContext context)
    {
        var languages = await LanguagesOfAsync(proposal.SessionId, context);
        var amendment = proposal.FindAmendment(amendmentId)!;
        var parent = amendment.ParentId is { } parentId ? proposal.FindAmendment(parentId) : null;
        var response = new AmendmentResponse { Amendment = amendment.ToApi(proposal.Id, languages), ProposalVersion = proposal.VersionNumber };
        // A sub-amendment's change reads against its parent's texts as they are now: only while it still applies to them.
        if (parent is not null && !(amendment.IsUndecided && !amendment.IsConflicting)) return response;
        var atBase = await reader.ProposalAtVersionAsync(proposal.Id, (parent ?? amendment).BaseVersion, context.CancellationToken);
        response.Diffs.AddRange(languages.Select(l => Model.Diffs.AmendmentDiff.Of(atBase, amendment, parent, l).ToApi()));
        return response;
    }
}
