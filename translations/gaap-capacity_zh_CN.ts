<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/apierror.cpp" line="+62"/>
        <source>Tencent Cloud refused the request (%1).</source>
        <translation>腾讯云拒绝了该请求（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SecretId and SecretKey to sign the request with.</source>
        <translation>没有可用于签名请求的 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server name could not be found.</source>
        <translation>无法解析服务器域名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the connection.</source>
        <translation>服务器拒绝了连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server closed the connection without answering.</source>
        <translation>服务器未作应答就关闭了连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secure connection to the server could not be verified.</source>
        <translation>无法验证与服务器之间的安全连接。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy server failed.</source>
        <translation>代理服务器出错。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server did not answer in time.</source>
        <translation>服务器响应超时。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server answered with HTTP status %1 instead of 200.</source>
        <translation>服务器返回了 HTTP 状态码 %1，而不是 200。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer is not valid JSON.</source>
        <translation>服务器的响应不是有效的 JSON。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer is not a Tencent Cloud API response.</source>
        <translation>服务器的响应不是腾讯云 API 响应。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s answer is larger than 10 MiB and was not read.</source>
        <translation>服务器的响应超过 10 MiB，未予读取。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request failed because of a network error.</source>
        <translation>网络错误导致请求失败。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Quote the error code and the RequestId to Tencent Cloud support.</source>
        <translation>请向腾讯云技术支持提供错误码和 RequestId。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server says: %1</source>
        <translation>服务器返回信息：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a profile with a SecretId and SecretKey from the CAM console, then try again.</source>
        <translation>请添加一个配置档案，填入从 CAM 控制台获取的 SecretId 和 SecretKey，然后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the endpoint&apos;s spelling, your network connection and your DNS or proxy settings.</source>
        <translation>请检查 API 接入点的拼写、网络连接以及 DNS 或代理设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the endpoint&apos;s host and port, and that no firewall blocks the connection.</source>
        <translation>请检查 API 接入点的主机名和端口，并确认没有防火墙拦截该连接。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is usually temporary: try again. If it keeps happening, check your proxy or firewall.</source>
        <translation>这通常是暂时性问题，请重试。如果问题持续出现，请检查代理或防火墙设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone may be intercepting the connection, or the endpoint is wrong. Check the endpoint, the system clock and any TLS-inspecting proxy. Certificate checks are never switched off.</source>
        <translation>连接可能遭到拦截，或 API 接入点有误。请检查 API 接入点、系统时钟以及所有执行 TLS 检查的代理。证书校验始终开启，不可关闭。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the proxy settings of this computer or of the application.</source>
        <translation>请检查本机或本应用的代理设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check your network connection and try again, or raise the timeout in the settings.</source>
        <translation>请检查网络连接后重试，或在设置中调大超时时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The endpoint may not be a Tencent Cloud API server, or a proxy changed the answer. Check the endpoint and try again later.</source>
        <translation>API 接入点可能不是腾讯云 API 服务器，或代理修改了响应。请检查 API 接入点，稍后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The endpoint is probably not a Tencent Cloud API server. Check the endpoint.</source>
        <translation>API 接入点很可能不是腾讯云 API 服务器。请检查 API 接入点。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was changed. Start the request again when you are ready.</source>
        <translation>未做任何更改。准备就绪后，请重新发起请求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check your network connection and try again.</source>
        <translation>请检查网络连接后重试。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code: %1</source>
        <translation>错误码：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail: %1</source>
        <translation>详细信息：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../app/core/endpoint.cpp" line="+48"/>
        <source>The endpoint is empty. Enter a URL such as https://gaap.tencentcloudapi.com.</source>
        <translation>API 接入点为空。请输入类似 https://gaap.tencentcloudapi.com 的 URL。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid endpoint URL. Enter a URL such as https://gaap.tencentcloudapi.com.</source>
        <translation>“%1”不是有效的 API 接入点 URL。请输入类似 https://gaap.tencentcloudapi.com 的 URL。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The endpoint must start with https:// (found &quot;%1&quot;).</source>
        <translation>API 接入点必须以 https:// 开头（实际为“%1”）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain http:// is only allowed for a server on this computer (localhost, 127.0.0.1 or ::1), because keys and answers would travel unencrypted. Use https://%1 instead.</source>
        <translation>仅当服务器位于本机（localhost、127.0.0.1 或 ::1）时才允许使用 http://，否则密钥和响应内容将以明文传输。请改用 https://%1 作为 API 接入点。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The endpoint must be a bare server address such as https://gaap.tencentcloudapi.com, without a path, query or user name.</source>
        <translation>API 接入点只能是服务器地址（例如 https://gaap.tencentcloudapi.com），不能包含路径、查询参数或用户名。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The endpoint&apos;s port must be between 1 and 65535.</source>
        <translation>API 接入点的端口必须介于 1 到 65535 之间。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+14"/>
        <source>GAAP Capacity Check</source>
        <translation>GAAP Capacity Check</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose an origin region and an access region, then check whether the connection can be created.</source>
        <translation>请选择源站区域和加速区域，然后检查能否创建该加速通道。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About GAAP Capacity Check</source>
        <translation>关于 GAAP Capacity Check(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+17"/>
        <source>Endpoint: %1</source>
        <translation>API 接入点：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endpoint</source>
        <translation>API 接入点</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About GAAP Capacity Check</source>
        <translation>关于 GAAP Capacity Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;GAAP Capacity Check %1&lt;/h3&gt;&lt;p&gt;Asks Tencent Cloud&apos;s Global Application Acceleration Platform whether an acceleration connection can be created, and what it would cost.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GAAP Capacity Check %1&lt;/h3&gt;&lt;p&gt;向腾讯云全球应用加速（GAAP）查询能否创建加速通道，以及所需费用。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证（GPL）第 3 版或更高版本授权。&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%2&quot;&gt;%2&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/main.cpp" line="+41"/>
        <source>Asks Tencent Cloud GAAP whether an acceleration connection can be created, and what it would cost.</source>
        <translation>向腾讯云 GAAP 查询能否创建加速通道，以及所需费用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of messages: zh-CN or en-US.</source>
        <translation>消息语言：zh-CN 或 en-US。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown command &quot;%1&quot;. Run gaap-capacity-cli --help for the list of commands.</source>
        <translation>未知命令“%1”。请运行 gaap-capacity-cli --help 查看命令列表。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+47"/>
        <source>Invalid endpoint</source>
        <translation>API 接入点无效</translation>
    </message>
</context>
</TS>
