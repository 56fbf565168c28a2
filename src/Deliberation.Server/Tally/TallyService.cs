using Deliberation.Api.V1;
using Grpc.Core;

namespace Deliberation.Server.Tally;

/// <summary>
/// The stateless Tally RPC: a rule and ballots in, the result and its explanation out. No session, no
/// token, nothing recorded. The request was validated by <see cref="TallyRequestValidator"/>; what the
/// library refuses becomes INVALID_ARGUMENT in the error mapping.
/// </summary>
internal sealed class TallyService : Api.V1.TallyService.TallyServiceBase
{
    public override Task<TallyResponse> Tally(TallyRequest request, ServerCallContext context) =>
        Task.FromResult(TallyMapping.Run(request));
}
