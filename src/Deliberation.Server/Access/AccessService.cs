using Deliberation.Api.V1;
using Deliberation.Domain.Participants;
using Deliberation.Engine.Identity;
using Deliberation.Engine.Participants;
using Deliberation.Engine.Requests;
using Deliberation.Server.Common;
using Grpc.Core;
using Marten;
using Model = Deliberation.Domain.Invitations;

namespace Deliberation.Server.Access;

internal sealed class AccessService(IDocumentStore store, CommandRunner runner, Tokens tokens) : Api.V1.AccessService.AccessServiceBase
{
    /// <summary>A lost answer to a join can be asked for again this long; after it, the code counts as used.</summary>
    public static readonly TimeSpan JoinRetryWindow = TimeSpan.FromMinutes(15);

    public override async Task<SignInOperatorResponse> SignInOperator(SignInOperatorRequest request, ServerCallContext context)
    {
        if (!await OperatorCredential.VerifyAsync(store, request.Credential, context.CancellationToken))
            throw new Unauthenticated(ErrorReason.CredentialInvalid, "That is not the operator credential.");
        var (token, expiresAt) = tokens.ForOperator();
        return new SignInOperatorResponse { Token = token, ExpiresAt = expiresAt.ToApi() };
    }

    public override async Task<JoinSessionResponse> JoinSession(JoinSessionRequest request, ServerCallContext context)
    {
        var command = new JoinSession(Model.Invitation.IdFor(JoinCodes.HashOf(request.JoinCode)), Guid.CreateVersion7(), request.Name.Normalize(), request.Pseudonymous);
        var participant = await runner.RunAsync(request.KeyFor(nameof(JoinSession), context, JoinRetryWindow),
            (session, now, ct) => JoinSessionHandler.HandleAsync(session, command, now, ct), context.CancellationToken);
        var (token, expiresAt) = tokens.ForParticipant(participant.Id, participant.SessionId);
        return new JoinSessionResponse
        {
            Token = token,
            ExpiresAt = expiresAt.ToApi(),
            ParticipantId = participant.Id.ToString(),
            SessionId = participant.SessionId.ToString(),
        };
    }
}
