using System.Text.Json;
using System.Text.Json.Serialization;

namespace Deliberation.Engine.Requests;

internal static class ResultJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.General)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
