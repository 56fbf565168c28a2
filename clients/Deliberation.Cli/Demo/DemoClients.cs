using Deliberation.Api.V1;
using Grpc.Net.Client;

namespace Deliberation.Cli.Demo;

/// <summary>The engine's services as one person calls them, with that person's token.</summary>
internal sealed class DemoClients(GrpcChannel channel)
{
    public SessionService.SessionServiceClient Sessions { get; } = new(channel);
    public ParticipantService.ParticipantServiceClient Participants { get; } = new(channel);
    public AccessService.AccessServiceClient Access { get; } = new(channel);
    public AgendaService.AgendaServiceClient Agenda { get; } = new(channel);
    public FloorService.FloorServiceClient Floor { get; } = new(channel);
    public ProposalService.ProposalServiceClient Proposals { get; } = new(channel);
    public BallotService.BallotServiceClient Ballots { get; } = new(channel);
}

/// <summary>Someone in the demo's room once they have joined: their participant id and their clients.</summary>
internal sealed record Joined(DemoPerson Person, string ParticipantId, DemoClients Api);
