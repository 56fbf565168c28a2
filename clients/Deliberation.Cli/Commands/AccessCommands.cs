using System.CommandLine;
using Deliberation.Api.V1;

namespace Deliberation.Cli.Commands;

/// <summary>Getting a token: the operator signs in, everyone else joins with a code. Both save it to the profile.</summary>
internal static class AccessCommands
{
    public static Command SignIn()
    {
        var credential = new Argument<string?>("credential")
        {
            Description = "The operator credential the engine showed at its first start (default: $DELIB_OPERATOR_CREDENTIAL, else read from standard input, so it stays out of shell history)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("sign-in", "Sign in as the engine's operator, and remember the token") { Arguments = { credential } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await new AccessService.AccessServiceClient(cli.Channel)
                .SignInOperatorAsync(new SignInOperatorRequest { Credential = parsed.GetValue(credential) ?? CredentialFromEnvironmentOrInput() }, cancellationToken: ct);
            new Profile(cli.Server, response.Token).Save(cli.ProfilePath);
            Output.Views.Show(cli, response, $"Signed in as the operator until {response.ExpiresAt.ToDateTimeOffset():u}; the token is saved in {cli.ProfilePath}.");
        }));
        return command;
    }

    private static string CredentialFromEnvironmentOrInput() =>
        Environment.GetEnvironmentVariable("DELIB_OPERATOR_CREDENTIAL") is { Length: > 0 } fromEnvironment
            ? fromEnvironment
            : Console.In.ReadLine()?.Trim() ?? throw new InputError("give the operator credential: as an argument, in DELIB_OPERATOR_CREDENTIAL, or on standard input");

    public static Command Join()
    {
        var code = new Argument<string>("join-code") { Description = "The join code from your invitation, e.g. K7QF-M2XP-9CDA" };
        var name = new Option<string>("--name") { Description = "The name to appear under", Required = true };
        var pseudonym = new Option<bool>("--pseudonym") { Description = "The name is a pseudonym, not your own" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("join", "Join a session with a join code, and remember the token") { Arguments = { code }, Options = { name, pseudonym, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await new AccessService.AccessServiceClient(cli.Channel).JoinSessionAsync(new JoinSessionRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                JoinCode = parsed.GetValue(code)!,
                Name = parsed.GetValue(name)!,
                Pseudonymous = parsed.GetValue(pseudonym),
            }, cancellationToken: ct);
            new Profile(cli.Server, response.Token).Save(cli.ProfilePath);
            Output.Views.Show(cli, response, $"Joined session {response.SessionId} as participant {response.ParticipantId}; the token is saved in {cli.ProfilePath}.");
        }));
        return command;
    }
}
