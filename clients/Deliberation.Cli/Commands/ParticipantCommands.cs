using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

internal static class ParticipantCommands
{
    public static Command Build() => new("participant", "Invite people and see who is in a session")
    {
        Subcommands = { Invite(), Revoke(), List(), SetGroup() },
    };

    private static Command Invite()
    {
        var session = CommonOptions.Id("session-id", "session");
        var role = new Option<Role>("--role")
        {
            Description = "moderator, participant or observer",
            HelpName = "moderator|participant|observer",
            DefaultValueFactory = _ => Role.Participant,
            CustomParser = result => CommonOptions.OneOf<Role>(result, "role", "moderator, participant or observer"),
        };
        var voting = new Option<bool>("--voting") { Description = "The person may vote" };
        var groups = new Option<string[]>("--group") { Description = "A group set in advance, as DIMENSION=VALUE; repeat for each" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("invite", "Create a one-time join code") { Arguments = { session }, Options = { role, voting, groups, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var request = new CreateInvitationRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                Role = parsed.GetValue(role),
                VotingRights = parsed.GetValue(voting),
            };
            foreach (var group in parsed.GetValue(groups) ?? [])
            {
                var (dimension, value) = group.Split('=', 2) is [var d, var v] ? (d, v) : throw new InputError($"--group takes DIMENSION=VALUE, not \"{group}\"");
                request.Groups[dimension] = value;
            }
            var response = await new ParticipantService.ParticipantServiceClient(cli.Channel).CreateInvitationAsync(request, cancellationToken: ct);
            Views.Show(cli, response, $"Join code {response.JoinCode} (valid until {response.ExpiresAt.ToDateTimeOffset():u}; shown only now).");
        }));
        return command;
    }

    private static Command Revoke()
    {
        var session = CommonOptions.Id("session-id", "session");
        var invitation = CommonOptions.Id("invitation-id", "invitation");
        var requestId = CommonOptions.RequestId();
        var command = new Command("revoke", "Revoke an unused invitation") { Arguments = { session, invitation }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await new ParticipantService.ParticipantServiceClient(cli.Channel).RevokeInvitationAsync(new RevokeInvitationRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                InvitationId = parsed.GetValue(invitation)!,
            }, cancellationToken: ct);
            Views.Show(cli, response, "Revoked: the join code admits nobody now.");
        }));
        return command;
    }

    private static Command SetGroup()
    {
        var session = CommonOptions.Id("session-id", "session");
        var participant = CommonOptions.Id("participant-id", "participant");
        var group = new Argument<string>("group") { Description = "DIMENSION=VALUE, e.g. gender=undisclosed" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("set-group", "Set a participant's value of a group dimension (your own, or anyone's as a moderator)")
        {
            Arguments = { session, participant, group }, Options = { requestId },
        };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var given = parsed.GetValue(group)!;
            var (dimension, value) = given.Split('=', 2) is [var d, var v] ? (d, v) : throw new InputError($"the group is DIMENSION=VALUE, not \"{given}\"");
            var response = await new ParticipantService.ParticipantServiceClient(cli.Channel).SetParticipantGroupAsync(new SetParticipantGroupRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                ParticipantId = parsed.GetValue(participant)!,
                Dimension = dimension,
                Value = value,
            }, cancellationToken: ct);
            Views.Show(cli, new ListParticipantsResponse { Participants = { response.Participant } });
        }));
        return command;
    }

    private static Command List()
    {
        var session = CommonOptions.Id("session-id", "session");
        var command = new Command("list", "List a session's participants") { Arguments = { session } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await new ParticipantService.ParticipantServiceClient(cli.Channel)
                .ListParticipantsAsync(new ListParticipantsRequest { SessionId = parsed.GetValue(session)! }, cancellationToken: ct);
            Views.Show(cli, response);
        }));
        return command;
    }
}
