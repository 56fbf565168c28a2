using Deliberation.Api.V1;
using Deliberation.Domain.Access;
using Deliberation.Domain.Invitations;
using Deliberation.Engine.EventStore;
using Deliberation.Engine.Invitations;
using Deliberation.Engine.Participants;
using Deliberation.Engine.Requests;
using Deliberation.Server.Access;
using Deliberation.Server.Common;
using Grpc.Core;
using Model = Deliberation.Domain.Participants;

namespace Deliberation.Server.Participants;

internal sealed class ParticipantService(CommandRunner runner, Reader reader, SessionAccess access, JoinCodes joinCodes, TimeProvider clock)
    : Api.V1.ParticipantService.ParticipantServiceBase
{
    public override async Task<CreateInvitationResponse> CreateInvitation(CreateInvitationRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAsync(context, sessionId, Permission.Moderate);
        var key = request.KeyFor(nameof(CreateInvitation), context);
        var code = joinCodes.For(key.Id);
        var validFor = request.ValidForSeconds == 0 ? Limits.InvitationDefaultSeconds : request.ValidForSeconds;
        var command = new Domain.Invitations.CreateInvitation(sessionId, JoinCodes.HashOf(code), request.Role.ToDomain(), request.VotingRights,
            request.Groups.ToDictionary(), clock.GetUtcNow().AddSeconds(validFor), member.Actor);
        var invitation = await runner.RunAsync(key, (store, now, ct) => CreateInvitationHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new CreateInvitationResponse { InvitationId = invitation.Id.ToString(), JoinCode = code, ExpiresAt = invitation.ExpiresAt.ToApi() };
    }

    public override async Task<RevokeInvitationResponse> RevokeInvitation(RevokeInvitationRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAsync(context, sessionId, Permission.Moderate);
        var command = new RevokeInvitation(sessionId, Ids.Of(request.InvitationId), member.Actor);
        await runner.DecideAsync<Invitation>(request.KeyFor(nameof(RevokeInvitation), context), command.InvitationId,
            (invitation, now) => [Domain.Invitations.RevokeInvitation.Decide(invitation, command, now)], context.CancellationToken);
        return new RevokeInvitationResponse();
    }

    public override async Task<ListParticipantsResponse> ListParticipants(ListParticipantsRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        await access.RequireAsync(context, sessionId, Permission.View);
        var participants = await reader.ParticipantsAsync(sessionId, context.CancellationToken);
        return new ListParticipantsResponse { Participants = { participants.Select(p => p.ToApi()) } };
    }

    public override async Task<SetParticipantGroupResponse> SetParticipantGroup(SetParticipantGroupRequest request, ServerCallContext context)
    {
        var sessionId = Ids.Of(request.SessionId);
        var member = await access.RequireAnyAsync(context, sessionId, Permission.Moderate, Permission.DeclareOwnGroup);
        var command = new Model.SetParticipantGroup(sessionId, Ids.Of(request.ParticipantId), request.Dimension, request.Value, member.Actor, member.Moderates);
        var participant = await runner.RunAsync(request.KeyFor(nameof(SetParticipantGroup), context),
            (store, now, ct) => SetParticipantGroupHandler.HandleAsync(store, command, now, ct), context.CancellationToken);
        return new SetParticipantGroupResponse { Participant = participant.ToApi() };
    }
}
