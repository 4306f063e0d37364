using System.Text;
using WireMock;
using WireMock.Types;
using WireMock.Util;

namespace Omega.Simulator.Http;

/// <summary>The WireMock response messages the simulator sends: SOAP, JSON and plain text.</summary>
internal static class HttpAnswers
{
    public const string SoapContentType = "text/xml; charset=utf-8";

    public static ResponseMessage Text(int status, string body, string contentType)
    {
        var message = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData
            {
                DetectedBodyType = BodyType.String,
                BodyAsString = body,
                Encoding = Encoding.UTF8,
            },
        };
        message.AddHeader("Content-Type", contentType);
        return message;
    }

    public static ResponseMessage Soap(int status, string envelope) => Text(status, envelope, SoapContentType);

    public static ResponseMessage Json(int status, string json) =>
        Text(status, json, "application/json; charset=utf-8");

    /// <summary>An answer with no bytes, for a connection that is then reset.</summary>
    public static ResponseMessage Empty() => new() { StatusCode = 200 };
}
