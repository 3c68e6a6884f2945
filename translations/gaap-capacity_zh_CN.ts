<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <location filename="../app/core/api/apierror.cpp" line="+71"/>
        <source>Tencent Cloud refused the request (%1).</source>
        <translation>腾讯云拒绝了该请求（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No SecretId and SecretKey to sign the request with.</source>
        <translation>没有可用于签名请求的 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was not sent: the SecretId, SecretKey or token holds a line break or another control character.</source>
        <translation>请求未发送：SecretId、SecretKey 或令牌中含有换行符或其他控制字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was not sent because some values are not allowed.</source>
        <translation>部分取值不被允许，请求未发送。</translation>
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
        <location line="+13"/>
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
        <source>Copy the key again from the CAM console (API key management) into the profile, or correct TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and TENCENTCLOUD_TOKEN.</source>
        <translation>请从 CAM 控制台（API 密钥管理）重新复制密钥到配置，或更正 TENCENTCLOUD_SECRET_ID、TENCENTCLOUD_SECRET_KEY 和 TENCENTCLOUD_TOKEN。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct the values named here, then try again.</source>
        <translation>请更正此处列出的取值，然后重试。</translation>
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
        <location line="+2"/>
        <source>Check the proxy settings of this computer or of the application.</source>
        <translation>请检查本机或本应用的代理设置。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check your network connection and try again, or allow more time (the timeout setting, or --timeout for the command-line tool).</source>
        <translation>请检查网络连接后重试，或延长等待时间（调整超时设置；命令行工具请使用 --timeout）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The endpoint may not be a Tencent Cloud API server, or a proxy changed the answer. Check the endpoint and try again later.</source>
        <translation>API 接入点可能不是腾讯云 API 服务器，或代理修改了响应。请检查 API 接入点，稍后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The endpoint is probably not a Tencent Cloud API server. Check the endpoint.</source>
        <translation>API 接入点很可能不是腾讯云 API 服务器。请检查 API 接入点。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. Start the request again when you are ready.</source>
        <translation>未做任何更改。准备就绪后，请重新发起请求。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Server message: %1</source>
        <translation>服务器消息：%1</translation>
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
    <name>CannotCreatePanel</name>
    <message>
        <location filename="../ui/check/cannotcreatepanel.ui" line="+29"/>
        <source>CheckProxyCreate answers only yes or no: it does not say why. The access region may be sold out, the bandwidth or concurrency may be more than it can take now, or a limit of your account may stand in the way. Another access region, a smaller bandwidth or concurrency, or a later check may succeed.</source>
        <translation>CheckProxyCreate 只回答能或不能，不说明原因。可能是该加速地域已售罄，带宽或并发超过了它目前能承载的量，或者受到您账号的某项限制。换一个加速地域、降低带宽或并发，或稍后再检查，都可能成功。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the API cannot say more</source>
        <translation>为什么 API 无法给出更多信息</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Find where it can be created… (&amp;V)</source>
        <translation>查找可以创建的地方…(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opens Find Capacity with this origin and its options, at least this bandwidth and concurrency: it checks every access region serving the origin.</source>
        <translation>用此源站及其选项、至少此带宽和并发打开“查找容量”：它会检查为该源站服务的每个加速地域。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the access regions where a connection like this can be created</source>
        <translation>查找可以创建这样的通道的加速地域</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Watch: tell me when it can be created (&amp;Z)</source>
        <translation>监视：可以创建时通知我(&amp;Z)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks this connection again every 5 minutes (Tools &gt; Watches… changes that) and notifies you when it can be created</source>
        <translation>每 5 分钟重新检查此通道（可在“工具 &gt; 监视列表…”中更改），可以创建时通知您</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch this connection until it can be created</source>
        <translation>监视此通道，直到可以创建</translation>
    </message>
</context>
<context>
    <name>CheckForm</name>
    <message>
        <location filename="../ui/check/checkform.ui" line="+14"/>
        <source>Connection to check</source>
        <translation>要检查的通道</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Connection &amp;quality:</source>
        <translation>通道质量(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection quality</source>
        <translation>通道质量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gold or silver connections (DescribeDestRegions&apos; QualityType): the origin regions offered depend on it</source>
        <translation>金牌或银牌通道（DescribeDestRegions 的 QualityType）：提供的源站地域取决于此</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gold (the default)</source>
        <translation>金牌（默认）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Silver</source>
        <translation>银牌</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Origin region:</source>
        <translation>源站地域(&amp;O)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Origin region</source>
        <translation>源站地域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the origin servers are (RealServerRegion), from DescribeDestRegions</source>
        <translation>源站所在地域（RealServerRegion），来自 DescribeDestRegions</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/check/checkform.cpp" line="+323"/>
        <source>Choose an origin region</source>
        <translation>选择源站地域</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the origin regions</source>
        <translation>正在加载源站地域</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Origin region list status</source>
        <translation>源站地域列表状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;IP version:</source>
        <translation>IP 版本(&amp;I)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IP version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IPAddressVersion of the connection</source>
        <translation>通道的 IPAddressVersion</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pac&amp;kage type:</source>
        <translation>通道类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package type</source>
        <translation>通道类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PackageType of the connection</source>
        <translation>通道的 PackageType</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Access region:</source>
        <translation>加速地域(&amp;A)：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Access region</source>
        <translation>加速地域</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where users connect (AccessRegion): the regions that serve the chosen origin, IP version and package type</source>
        <translation>用户接入的地域（AccessRegion）：支持所选源站地域、IP 版本和通道类型的地域</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/check/checkform.cpp" line="+7"/>
        <source>Choose an access region</source>
        <translation>选择加速地域</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Loading the access regions</source>
        <translation>正在加载加速地域</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Access region list status</source>
        <translation>加速地域列表状态</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Network type:</source>
        <translation>网络类型(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Network type</source>
        <translation>网络类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NetworkType: only the types the chosen origin region supports</source>
        <translation>NetworkType：仅列出所选源站地域支持的类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Bandwidth:</source>
        <translation>带宽(&amp;B)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bandwidth in Mbps</source>
        <translation>带宽（Mbps）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bandwidth: the values the access region offers (BandwidthList)</source>
        <translation>Bandwidth：加速地域提供的取值（BandwidthList）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/check/checkform.cpp" line="+4"/>
        <source>Choose a bandwidth</source>
        <translation>选择带宽</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conc&amp;urrency (×10,000 connections):</source>
        <translation>并发(&amp;U)（×1 万连接）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Concurrency in units of 10,000 connections</source>
        <translation>并发，单位为 1 万连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Concurrent: the values the access region offers (ConcurrentList), in units of 10,000 connections</source>
        <translation>Concurrent：加速地域提供的取值（ConcurrentList），单位为 1 万连接</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/check/checkform.cpp" line="+2"/>
        <source>Choose a concurrency</source>
        <translation>选择并发</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Group ID (optional):</source>
        <translation>通道组 ID(&amp;G)（可选）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection group ID (optional)</source>
        <translation>通道组 ID（可选）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GroupId: one of your connection groups of the origin region (DescribeProxyGroupList), or a group ID typed in; empty for none</source>
        <translation>GroupId：源站地域中您的某个通道组（DescribeProxyGroupList），或手动输入的通道组 ID；留空表示不使用通道组</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About the list of connection groups</source>
        <translation>关于通道组列表</translation>
    </message>
    <message>
        <location filename="../ui/check/checkform.cpp" line="-274"/>
        <location line="+156"/>
        <source>For example: lg-1a2b3c4d</source>
        <translation>例如：lg-1a2b3c4d</translation>
    </message>
    <message>
        <location filename="../ui/check/checkform.ui" line="+16"/>
        <source>Group ID problem</source>
        <translation>通道组 ID 问题</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Region list error</source>
        <translation>地域列表错误</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>R&amp;etry</source>
        <translation>重试(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry loading the region lists</source>
        <translation>重新加载地域列表</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Check</source>
        <translation>检查(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check whether the connection can be created</source>
        <translation>检查能否创建该通道</translation>
    </message>
    <message>
        <location filename="../ui/check/checkform.cpp" line="+97"/>
        <location line="+13"/>
        <location line="+4"/>
        <source>Choose an origin region first</source>
        <translation>请先选择源站地域</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>No origin regions offered</source>
        <translation>没有可用的源站地域</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No access region serves this choice</source>
        <translation>没有加速地域支持此选择</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No network type offered</source>
        <translation>没有可用的网络类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Choose an access region first</source>
        <translation>请先选择加速地域</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Fetched %1 (local time)</source>
        <translation>获取于 %1（本地时间）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The origin regions could not be loaded.</source>
        <translation>无法加载源站地域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The origin regions could not be refreshed; the list shown is older.</source>
        <translation>无法刷新源站地域；显示的是较早的列表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access regions could not be loaded.</source>
        <translation>无法加载加速地域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access regions could not be refreshed; the list shown is older.</source>
        <translation>无法刷新加速地域；显示的是较早的列表。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A group ID is “lg-” followed by 8 lowercase letters or digits, for example lg-1a2b3c4d. Leave the field empty for none.</source>
        <translation>通道组 ID 由“lg-”加 8 位小写字母或数字组成，例如 lg-1a2b3c4d。不使用通道组时请留空。</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <location filename="../ui/check/checkpage.cpp" line="+133"/>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Profile:</source>
        <translation>配置档案(&amp;P)：</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 (from the environment)</source>
        <translation>%1（来自环境变量）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No profile yet: add one with Settings &gt; Profiles… (Ctrl+Shift+P).</source>
        <translation>尚无配置档案：请通过“设置 &gt; 配置档案…”（Ctrl+Shift+P）添加。</translation>
    </message>
</context>
<context>
    <name>CheckText</name>
    <message>
        <location filename="../ui/common/checktext.cpp" line="+12"/>
        <source>Standard connection (Thunder)</source>
        <translation>标准通道（Thunder）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Game accelerator connection (Accelerator)</source>
        <translation>游戏加速器通道（Accelerator）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-border connection (CrossBorder)</source>
        <translation>跨境通道（CrossBorder）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 — unusable</source>
        <comment>a region whose entry in the server&apos;s list is broken</comment>
        <translation>%1 — 不可用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s entry for this region cannot be used: %1</source>
        <translation>服务器返回的该区域条目无法使用：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Standard BGP (normal)</source>
        <translation>常规 BGP（normal）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Premium BGP (cn2)</source>
        <translation>精品 BGP（cn2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triple-carrier (triple)</source>
        <translation>三网（triple）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom secure EIP (secure_eip)</source>
        <translation>自定义安全 EIP（secure_eip）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 × 10,000</source>
        <translation>%1 万</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a minute ago</source>
        <translation>1 分钟前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 minutes ago</source>
        <translation>%1 分钟前</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an hour ago</source>
        <translation>1 小时前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours ago</source>
        <translation>%1 小时前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days ago</source>
        <translation>%1 天前</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (UTC)</source>
        <translation>%1（UTC）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>fetched %1</source>
        <translation>获取于%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cached, fetched %1</source>
        <translation>缓存，获取于%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stale: fetched %1</source>
        <translation>已过期：获取于 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not be loaded (see below)</source>
        <translation>无法加载（见下方）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · refreshing…</source>
        <translation>%1 · 正在刷新…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · refresh failed</source>
        <translation>%1 · 刷新失败</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not available (see below)</source>
        <translation>不可用（见下方）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2</source>
        <comment>amount, currency</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RequestId %1</source>
        <translation>RequestId %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price unavailable: %1 (%2)</source>
        <translation>无法获取价格：%1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daily price: %1 · with discount: %2</source>
        <translation>每日价格：%1 · 折后：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Traffic fee: %1 per GB · with discount: %2</source>
        <translation>流量费：每 GB %1 · 折后：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1–%2 Mbps</source>
        <translation>%1–%2 Mbps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from %1 Mbps</source>
        <translation>%1 Mbps 以上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bandwidth fee: %1 per Mbps and day · with discount: %2 (tier %3)</source>
        <translation>带宽费用：每 Mbps 每天 %1 · 折后：%2（阶梯 %3）</translation>
    </message>
</context>
<context>
    <name>CliMatrix</name>
    <message>
        <location filename="../app/cli/climatrixcommand.cpp" line="+90"/>
        <source>--%1 must be a positive whole number (got &quot;%2&quot;).</source>
        <translation>--%1 必须是正整数（实际为“%2”）。</translation>
    </message>
    <message>
        <location filename="../app/cli/climatrix.cpp" line="+119"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ERR</source>
        <translation>ERR</translation>
    </message>
    <message>
        <location filename="../app/cli/clihistorycommand.cpp" line="+28"/>
        <source>Only checks made at or after DATE: YYYY-MM-DD or an ISO 8601 date-time, in local time unless it ends in Z or an offset.</source>
        <translation>仅列出在 DATE 当时或之后进行的检查：DATE 为 YYYY-MM-DD 或 ISO 8601 日期时间，除非以 Z 或时区偏移结尾，否则按本地时间解释。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only checks whose origin or access region is this region ID.</source>
        <translation>仅列出源站地域或加速地域为此地域 ID 的检查。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only checks with this result: can, cannot or error.</source>
        <translation>仅列出结果为此值的检查：can、cannot 或 error。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--since must be a date (YYYY-MM-DD) or an ISO 8601 date-time such as 2024-05-01T08:00 (got &quot;%1&quot;).</source>
        <translation>--since 必须是日期（YYYY-MM-DD）或 ISO 8601 日期时间，例如 2024-05-01T08:00（实际为“%1”）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--outcome must be one of can, cannot, error (got &quot;%1&quot;).</source>
        <translation>--outcome 必须是 can、cannot、error 之一（实际为“%1”）。</translation>
    </message>
    <message>
        <location filename="../app/cli/climatrix.cpp" line="-109"/>
        <source>Repeat --access-region, --bandwidth and --concurrent, or separate values with commas, to check a
subset; without them every access region serving the origin is checked with every bandwidth and
concurrency it offers. --output table prints one grid per access region (rows: concurrency,
columns: bandwidth; yes, no or ERR) and its largest creatable configuration; json and csv give
one object or row per cell, as the app exports them. Progress goes to stderr when it is a
terminal. Every cell is recorded in the history (gaap-capacity-cli history).

Exit codes of matrix: 0 when every cell was answered, whatever the answers; 2 for an access
region, bandwidth or concurrency the origin does not offer; the code of the error when the access
regions cannot be loaded. When cells fail, the partial matrix is still printed (ERR cells) and the
code is 4 if any cell failed on the network, else 5 if the key was rejected, else 3.
</source>
        <translation>重复使用 --access-region、--bandwidth 和 --concurrent，或用逗号分隔多个取值，可只检查
其中一部分；不指定时，将对支持该源站地域的每个加速地域，检查其提供的每种带宽和
并发。--output table 为每个加速地域输出一个网格（行：并发，
列：带宽；取值为 yes、no 或 ERR）及其可创建的最大配置；json 和 csv 则为每个单元格
输出一个对象或一行，格式与本应用的导出文件相同。stderr 为终端时，进度输出到
stderr。每个单元格都会记录到检查历史中（gaap-capacity-cli history）。

matrix 的退出码：所有单元格均得到应答时为 0，无论结果如何；指定了该源站地域不提供的
加速地域、带宽或并发时为 2；无法加载加速地域时为相应错误的
退出码。有单元格失败时，仍会输出不完整的矩阵（失败单元格显示为 ERR），
若有单元格因网络问题失败，退出码为 4；否则若密钥被拒绝，为 5；否则为 3。
</translation>
    </message>
    <message>
        <location filename="../app/cli/clihistorycommand.cpp" line="-32"/>
        <source>Lists the checks recorded by gaap-capacity-cli check and matrix and by the app, newest first.
The history is a SQLite database in the application data directory, shared with the app; it
holds no secrets. Needs no credentials. json and csv are the app&apos;s history export formats.

Exit codes of history: 0 when the history could be read, even when nothing matches; 2 for a bad
option; 3 when the history database cannot be opened (corrupt, locked or unwritable), with the
reason on stderr. A check whose history cannot be written prints one warning and keeps its exit
code.
</source>
        <translation>列出由 gaap-capacity-cli check、matrix 命令以及本应用记录的检查，最新的排在最前。
检查历史是应用数据目录中的一个 SQLite 数据库，与本应用共用；其中
不保存任何密钥。无需凭据。json 和 csv 为本应用导出检查历史时使用的格式。

history 的退出码：能够读取检查历史时为 0（即使没有匹配项）；选项有误时为 2；
无法打开历史数据库（已损坏、被锁定或不可写）时为 3，原因输出到
stderr。如果某次检查无法写入检查历史，将输出一条警告，且其退出码
保持不变。
</translation>
    </message>
    <message>
        <location filename="../app/cli/climatrix.cpp" line="+81"/>
        <source>Access region %1, origin %2:</source>
        <translation>加速地域 %1，源站地域 %2：</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Concurrent \ Mbps</source>
        <translation>并发 \ Mbps</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 can, %2 cannot, %n error(s)</source>
        <translation>
            <numerusform>%1 个可创建，%2 个不可创建，%n 个出错</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 Mbps, concurrency %2</source>
        <translation>%1 Mbps，并发 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest that can be created: %1 (%2)</source>
        <translation>可创建的最大配置：%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Largest that can be created, none larger than another in both: %1 (%2)</source>
        <translation>可创建的最大配置（互不在两项上都更大）：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>No answer: %n check(s) failed; see the cells</source>
        <translation>
            <numerusform>没有结果：%n 次检查失败；请查看各单元格</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the checked configurations can be created (%1)</source>
        <translation>已检查的配置均不可创建（%1）</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>checked %1/%2</source>
        <translation>已检查 %1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checked %1/%2, ETA %3 s</source>
        <translation>已检查 %1/%2，预计剩余 %3 秒</translation>
    </message>
    <message>
        <location filename="../app/cli/clihistorycommand.cpp" line="+105"/>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>can</source>
        <translation>can</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cannot</source>
        <translation>cannot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Origin</source>
        <translation>源站地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>加速地域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
</context>
<context>
    <name>CliParser</name>
    <message>
        <location filename="../app/cli/cliregionscommand.cpp" line="+17"/>
        <source>List the origin regions (DescribeDestRegions).</source>
        <translation>列出源站地域（DescribeDestRegions）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List only the origin regions that offer connections of this quality: gold or silver (DescribeDestRegions&apos; QualityType). Without it none is sent, and Tencent Cloud lists those of gold connections.</source>
        <translation>只列出提供此质量通道的源站地域：gold（金牌）或 silver（银牌）（DescribeDestRegions 的 QualityType）。不指定时不发送该参数，腾讯云列出金牌通道的源站。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the access regions that serve an origin region, with the bandwidths and concurrencies each offers (DescribeAccessRegionsByDestRegion).</source>
        <translation>列出支持指定源站地域的加速地域，以及各加速地域提供的带宽和并发（DescribeAccessRegionsByDestRegion）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicheckcommand.cpp" line="+19"/>
        <source>Ask whether a connection can be created (CheckProxyCreate). Exit code 0: it can; 1: it cannot.</source>
        <translation>查询能否创建加速通道（CheckProxyCreate）。退出码 0：可以创建；1：无法创建。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hand-over: --output tccli-create prints a tccli CreateProxy command and --output terraform a
tencentcloud_gaap_proxy resource for the connection, and nothing else, when CheckProxyCreate answers that
it can be created. The project and the name are left to you: the command stops until GAAP_PROJECT_ID and
GAAP_PROXY_NAME are set, and the resource has REPLACE_ME placeholders. --billing-type (bandwidth or
traffic) adds BillingType to them; it is accepted with these two outputs only. When the connection cannot
be created, stdout stays empty, stderr says so and the exit code is 1. This tool never creates anything.
</source>
        <translation>交接下单：当 CheckProxyCreate 回答可以创建时，--output tccli-create 只输出一条 tccli CreateProxy 命令，
--output terraform 只输出该通道的 tencentcloud_gaap_proxy 资源。项目和名称由您填写：在设置
GAAP_PROJECT_ID 和 GAAP_PROXY_NAME 之前该命令不会执行，资源中带有 REPLACE_ME 占位符。--billing-type
（bandwidth 或 traffic）会把 BillingType 加入其中；它只能与这两种输出一起使用。通道不能创建时，标准输出
为空，标准错误中说明原因，退出码为 1。本工具从不创建任何资源。
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--billing-type goes with --output tccli-create or --output terraform only: it is part of the order handed over, not of the check (price takes it too).</source>
        <translation>--billing-type 只能与 --output tccli-create 或 --output terraform 一起使用：它属于交接的订单，而不属于检查（price 也接受它）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clipricecommand.cpp" line="+15"/>
        <source>Get the price of a connection (InquiryPriceCreateProxy).</source>
        <translation>查询加速通道的价格（InquiryPriceCreateProxy）。</translation>
    </message>
    <message>
        <location filename="../app/cli/climatrixcommand.cpp" line="-38"/>
        <source>Check every access region x bandwidth x concurrency an origin region offers, or a subset (CheckProxyCreate for each cell).</source>
        <translation>检查源站地域提供的每种“加速地域 × 带宽 × 并发”组合，或其中一部分（每个单元格调用一次 CheckProxyCreate）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clihistorycommand.cpp" line="-140"/>
        <source>List the checks recorded so far (time, profile, parameters, result, RequestId).</source>
        <translation>列出目前已记录的检查（时间、配置档案、参数、结果、RequestId）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="+14"/>
        <source>API endpoint: https://host[:port], or http:// to this computer only.</source>
        <translation>API 接入点：https://host[:port]；仅连接本机时可使用 http://。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tencent Cloud site: china (default) or international.</source>
        <translation>腾讯云站点：china（中国站，默认）或 international（国际站）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this keychain profile (see gaap-capacity-cli profile --help).</source>
        <translation>使用钥匙串中的指定配置档案（参见 gaap-capacity-cli profile --help）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of messages and region names: zh-CN or en-US.</source>
        <translation>消息和地域名称的语言：zh-CN 或 en-US。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds to wait for each answer (default 30).</source>
        <translation>每次等待响应的秒数（默认 30）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Output format: table (default), json (the API&apos;s Response object, as tccli prints it) or csv. check also takes tccli-create or terraform: a connection that can be created, as a tccli CreateProxy command or a Terraform resource.</source>
        <translation>输出格式：table（默认）、json（API 的 Response 对象，与 tccli 的输出相同）或 csv。check 还接受 tccli-create 或 terraform：把可以创建的通道输出为 tccli CreateProxy 命令或 Terraform 资源。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the signing steps and the HTTP exchange to stderr (secrets masked).</source>
        <translation>将签名步骤和 HTTP 交互过程输出到 stderr（密钥已脱敏）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Origin region ID (RealServerRegion), from origin-regions.</source>
        <translation>源站地域 ID（RealServerRegion），可通过 origin-regions 获取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access region ID (AccessRegion), from access-regions (matrix: repeatable).</source>
        <translation>加速地域 ID（AccessRegion），可通过 access-regions 获取（matrix：可重复指定）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bandwidth cap in Mbps; one of the access region&apos;s BandwidthList (matrix: repeatable).</source>
        <translation>带宽上限（Mbps），取值须为加速地域 BandwidthList 中的一项（matrix：可重复指定）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Concurrency cap in units of 10,000 connections; one of the access region&apos;s ConcurrentList (matrix: repeatable).</source>
        <translation>并发上限，单位为 1 万连接，取值须为加速地域 ConcurrentList 中的一项（matrix：可重复指定）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The least bandwidth wanted, in Mbps: each access region is checked with the smallest bandwidth it offers that is at least this.</source>
        <translation>所需的最小带宽（Mbps）：每个加速地域都以其提供的、不小于此值的最小带宽进行检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The least concurrency wanted, in units of 10,000 connections: each access region is checked with the smallest concurrency it offers that is at least this.</source>
        <translation>所需的最小并发（单位：万连接）：每个加速地域都以其提供的、不小于此值的最小并发进行检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>watch: seconds between checks, at least 10 (default 300); each is moved by up to 10 % so that many watches do not ask at once.</source>
        <translation>watch：两次检查之间的秒数，至少 10（默认 300）；每次会前后浮动最多 10%，以免许多监视同时发出请求。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>watch: give up after this many seconds (exit code 1); without it the watch runs until the connection can be created or Ctrl+C.</source>
        <translation>watch：经过这么多秒后放弃（退出码 1）；不指定时一直监视，直到通道可以创建或按下 Ctrl+C。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connection group ID (lg-xxxxxxxx) when the connection joins a group.</source>
        <translation>加速通道加入通道组时所用的通道组 ID（lg-xxxxxxxx）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IPv4 (default) or IPv6.</source>
        <translation>IPv4（默认）或 IPv6。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>normal (default), cn2, or another type the origin offers (see origin-regions).</source>
        <translation>normal（默认）、cn2，或源站区域提供的其他类型（见 origin-regions）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thunder, Accelerator or CrossBorder.</source>
        <translation>Thunder、Accelerator 或 CrossBorder。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bandwidth (default) or traffic.</source>
        <translation>bandwidth（按带宽计费，默认）或 traffic（按流量计费）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--output %1 is for check only: it hands over a connection that check has found can be created. This command takes table, json or csv.</source>
        <translation>--output %1 只用于 check：它交接 check 确认可以创建的通道。此命令接受 table、json 或 csv。</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="+29"/>
        <source>Usage: %1 [options]</source>
        <translation>用法：%1 [选项]</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>用法：%1 &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Examples:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exit codes:
  0  success (check: the connection can be created)
  1  check: the connection cannot be created
  2  usage error or a value the API would refuse
  3  Tencent Cloud answered with an error
  4  network, TLS or timeout problem
  5  missing or rejected credentials
  6  the output could not be written (a full disk, a closed file)
  130  interrupted (Ctrl+C); matrix: what was answered is printed

Credentials: the profile named by --profile; without it TENCENTCLOUD_SECRET_ID, TENCENTCLOUD_SECRET_KEY and optional TENCENTCLOUD_TOKEN from the environment, else the default profile. A secret is never accepted on the command line.
</source>
        <translation>退出码：
  0  成功（check：可以创建加速通道）
  1  check：无法创建加速通道
  2  用法错误，或取值会被 API 拒绝
  3  腾讯云返回了错误
  4  网络、TLS 或超时问题
  5  凭据缺失或被拒绝
  6  无法写出输出（磁盘已满或文件已关闭）
  130  已中断（Ctrl+C）；matrix：输出已得到应答的部分

凭据：使用 --profile 指定的配置档案；未指定时使用环境变量 TENCENTCLOUD_SECRET_ID、TENCENTCLOUD_SECRET_KEY 及可选的 TENCENTCLOUD_TOKEN；如未设置环境变量，则使用默认配置档案。命令行参数中不接受任何密钥。
</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Asks Tencent Cloud GAAP whether an acceleration connection can be created, and what it would cost.</source>
        <translation>向腾讯云 GAAP 查询能否创建加速通道，以及所需费用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <location filename="../app/cli/cliprofilecommand.cpp" line="+84"/>
        <source>Manage keychain profiles.</source>
        <translation>管理钥匙串中的配置档案。</translation>
    </message>
    <message>
        <location filename="../app/cli/clihelp.cpp" line="+3"/>
        <source>Run gaap-capacity-cli &lt;command&gt; --help for a command&apos;s options and examples.</source>
        <translation>运行 gaap-capacity-cli &lt;command&gt; --help 可查看各命令的选项和示例。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="+33"/>
        <source>--%1 is given %2 times (%3); give it once.</source>
        <translation>--%1 给出了 %2 次（%3）；请只给一次。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>--%1 must be a positive whole number (got &quot;%2&quot;).</source>
        <translation>--%1 必须是正整数（实际为“%2”）。</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../app/cli/cliregionscommand.cpp" line="+18"/>
        <source>--%1 must be one of %2 (got &quot;%3&quot;).</source>
        <translation>--%1 必须是 %2 之一（实际为“%3”）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliparser.cpp" line="+56"/>
        <source>Run gaap-capacity-cli --help for usage.</source>
        <translation>运行 gaap-capacity-cli --help 查看用法。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown command &quot;%1&quot;. Commands: %2.</source>
        <translation>未知命令“%1”。可用命令：%2。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 is not an option of %2. Run gaap-capacity-cli %2 --help.</source>
        <translation>--%1 不是 %2 命令的选项。请运行 gaap-capacity-cli %2 --help 查看可用选项。</translation>
    </message>
    <message>
        <location filename="../app/cli/clioptions.cpp" line="+15"/>
        <source>Use either --endpoint or --site, not both.</source>
        <translation>--endpoint 和 --site 只能二选一，不能同时使用。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--timeout must be at most %1 seconds (got %2).</source>
        <translation>--timeout 不能超过 %1 秒（实际为 %2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliarguments.cpp" line="+17"/>
        <source>--%1 is required for %2.</source>
        <translation>%2 命令必须指定 --%1。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnection.cpp" line="+31"/>
        <source>--network-type must be a network type the origin offers, such as %1 (got &quot;%2&quot;); origin-regions lists them.</source>
        <translation>--network-type 必须是源站区域提供的网络类型，例如 %1（实际为“%2”）；origin-regions 会列出这些类型。</translation>
    </message>
    <message>
        <location filename="../app/cli/clifindcommand.cpp" line="+19"/>
        <source>Find the access regions that can serve at least a bandwidth and a concurrency from an origin region, cheapest first (CheckProxyCreate and InquiryPriceCreateProxy for each). Exit code 0: at least one can be created; 1: none can.</source>
        <translation>查找能从源站地域提供至少指定带宽和并发的加速地域，按价格从低到高排列（每个地域调用 CheckProxyCreate 和 InquiryPriceCreateProxy）。退出码 0：至少一个可以创建；1：都不能创建。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliwatchcommand.cpp" line="+23"/>
        <source>Check a connection again and again (CheckProxyCreate) and print each change of the answer; or, with --min-bandwidth and --min-concurrent instead of --access-region, --bandwidth and --concurrent, search every access region serving the origin again and again (as find does, without prices). Exit code 0 as soon as it can be created; 1 when --max-time passes first.</source>
        <translation>反复检查一个通道（CheckProxyCreate），并打印结果的每次变化；或者用 --min-bandwidth 和 --min-concurrent 代替 --access-region、--bandwidth 和 --concurrent，反复搜索为该源站服务的每个加速地域（与 find 相同，但不询价）。一旦可以创建，退出码为 0；--max-time 先到时为 1。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--%1 is for watching one connection; with --min-bandwidth and --min-concurrent the watch searches every access region serving the origin. Give one or the other.</source>
        <translation>--%1 用于监视单个通道；使用 --min-bandwidth 和 --min-concurrent 时，监视会搜索为该源站服务的每个加速地域。请二选一。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--interval must be at least %1 seconds (got %2): Tencent Cloud is asked for every check.</source>
        <translation>--interval 至少为 %1 秒（收到 %2）：每次检查都会向腾讯云发出请求。</translation>
    </message>
    <message>
        <location filename="../app/cli/cligroupscommand.cpp" line="+17"/>
        <source>List the account&apos;s connection groups, with whether each takes a new connection (DescribeProxyGroupList).</source>
        <translation>列出账号的通道组，以及每个通道组能否加入新通道（DescribeProxyGroupList）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lists the groups of every project (of one origin region with --origin-region), asking page
after page. Only a group whose status is RUNNING takes a new connection: pass its ID to
check --group-id. The table says the status in words; csv and json give the API&apos;s Status.
json prints the pages as one Response: TotalCount, ProxyGroupList (each group as the API sent
it, with AcceptsNewConnections) and the RequestId of the last page.
</source>
        <translation>逐页查询并列出所有项目的通道组（使用 --origin-region 时只列出该源站地域的）。只有状态为
RUNNING 的通道组能加入新通道：把它的 ID 传给 check --group-id。表格用文字说明状态；csv 和
json 给出 API 的 Status。json 把各页合并为一个 Response 输出：TotalCount、ProxyGroupList（每个
通道组与 API 返回的相同，另加 AcceptsNewConnections）和最后一页的 RequestId。
</translation>
    </message>
</context>
<context>
    <name>CliProfileCommand</name>
    <message>
        <location filename="../app/cli/cliprofilecommand.cpp" line="+10"/>
        <source>china or international.</source>
        <translation>china（中国站）或 international（国际站）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A custom endpoint URL.</source>
        <translation>自定义 API 接入点 URL。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table, json or csv.</source>
        <translation>table、json 或 csv。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>zh-CN or en-US.</source>
        <translation>zh-CN 或 en-US。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the imported plaintext file.</source>
        <translation>删除已导入的明文文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No effect on profile commands.</source>
        <translation>对 profile 命令无效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not used: name the profile as an argument.</source>
        <translation>不使用：请以参数形式指定配置档案名称。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--profile does not apply here: name the profile after the command, for example: gaap-capacity-cli profile remove NAME.</source>
        <translation>--profile 不适用于此处：请在命令后指定配置档案名称，例如：gaap-capacity-cli profile remove NAME。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Use either --endpoint or --site, not both.</source>
        <translation>--endpoint 和 --site 只能二选一，不能同时使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--site must be china or international.</source>
        <translation>--site 必须是 china 或 international。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>--output must be table, json or csv.</source>
        <translation>--output 必须是 table、json 或 csv。</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>add: store the key without trying it first (for example offline).</source>
        <translation>add：不先试用，直接保存密钥（例如离线时）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add: how long to wait when trying the key.</source>
        <translation>add：试用密钥时最长等待多久。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: gaap-capacity-cli profile &lt;list|add|remove|set-default|import-tccli|import-sdk&gt; [NAME] [options]

Profiles keep a SecretId and SecretKey (and an optional session token) in the system keychain;
only their names and endpoints are kept in the settings.

  list                     list the profiles (--output table|json|csv)
  add NAME                 add or replace a profile; reads the SecretId, the SecretKey and an
                           optional token from stdin, one per line, or asks for them without
                           echo on a terminal (--site china|international or --endpoint URL);
                           the key is tried first and refused if it does not work (--no-verify:
                           store it without trying)
  remove NAME              remove a profile and its keychain entry
  set-default NAME         use NAME when no --profile is given and no environment key is set
  import-tccli [NAME]      import tccli&apos;s profile NAME (default: default) from ~/.tccli
  import-sdk [NAME]        import ~/.tencentcloud/credentials as profile NAME (default: default)

After an import you are asked whether to delete the plaintext file; --delete-source deletes it
without asking (for scripts). Nothing is deleted otherwise.

Examples:
  printf &apos;%s\n%s\n&apos; &quot;$SECRET_ID&quot; &quot;$SECRET_KEY&quot; | gaap-capacity-cli profile add prod
  gaap-capacity-cli profile add intl --site international
  gaap-capacity-cli --profile prod check --origin-region SouthChina --access-region Hongkong --bandwidth 10 --concurrent 2
</source>
        <translation>用法：gaap-capacity-cli profile &lt;list|add|remove|set-default|import-tccli|import-sdk&gt; [NAME] [选项]

配置档案将 SecretId 和 SecretKey（以及可选的会话令牌）保存在系统钥匙串中；
设置中仅保存配置档案的名称和 API 接入点。

  list                     列出配置档案（--output table|json|csv）
  add NAME                 添加或替换配置档案（--site china|international 或 --endpoint URL）；
                           从 stdin 逐行读取 SecretId、SecretKey 和可选的令牌；
                           在终端中运行时，则以不回显的方式提示输入；
                           保存前会先试用密钥，无效则拒绝保存（--no-verify：不试用直接保存）
  remove NAME              删除配置档案及其钥匙串条目
  set-default NAME         未指定 --profile 且未通过环境变量设置密钥时，使用 NAME
  import-tccli [NAME]      从 ~/.tccli 导入 tccli 的配置档案 NAME（默认：default）
  import-sdk [NAME]        将 ~/.tencentcloud/credentials 导入为配置档案 NAME（默认：default）

导入后会询问是否删除明文文件；使用 --delete-source 则不经询问直接删除
（适用于脚本）。除此之外不会删除任何文件。

示例：
  printf &apos;%s\n%s\n&apos; &quot;$SECRET_ID&quot; &quot;$SECRET_KEY&quot; | gaap-capacity-cli profile add prod
  gaap-capacity-cli profile add intl --site international
  gaap-capacity-cli --profile prod check --origin-region SouthChina --access-region Hongkong --bandwidth 10 --concurrent 2
</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>profile %1 needs a profile name.</source>
        <translation>profile %1 命令需要指定配置档案名称。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown profile command &quot;%1&quot;. Run gaap-capacity-cli profile --help.</source>
        <translation>未知的 profile 子命令“%1”。请运行 gaap-capacity-cli profile --help 查看用法。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Endpoint</source>
        <translation>API 接入点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stored in</source>
        <translation>存储位置</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No profiles yet. Add one with: gaap-capacity-cli profile add NAME</source>
        <translation>尚无配置档案。请使用以下命令添加：gaap-capacity-cli profile add NAME</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SecretId: </source>
        <translation>SecretId：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SecretKey (not shown): </source>
        <translation>SecretKey（不显示）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session token, for temporary keys only (not shown; Enter to skip): </source>
        <translation>会话令牌，仅用于临时密钥（不显示；按 Enter 跳过）：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The profile was not saved. Check the key, or save it without trying with --no-verify (for example offline).</source>
        <translation>配置档案未保存。请检查密钥，或使用 --no-verify 不试用直接保存（例如离线时）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Profile &quot;%1&quot; saved; its key is in the system keychain.</source>
        <translation>配置档案“%1”已保存；其密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is the default profile: commands without --profile use it (change with profile set-default NAME).</source>
        <translation>这是默认配置：未指定 --profile 的命令都使用它（用 profile set-default NAME 更改）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+14"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置档案。</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Profile &quot;%1&quot; removed, with its keychain entry.</source>
        <translation>配置档案“%1”及其钥匙串条目已删除。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is now the default profile.</source>
        <translation>已将“%1”设为默认配置档案。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Imported into profile &quot;%1&quot;; its key is in the system keychain.</source>
        <translation>已导入到配置档案“%1”；其密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 still holds the key in plain text. Delete it?</source>
        <translation>%1 仍以明文形式保存着密钥。是否删除？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept %1, which still holds the key in plain text. Delete it yourself, or run the import again with --delete-source.</source>
        <translation>已保留 %1，其中仍以明文形式保存着密钥。请自行删除，或使用 --delete-source 重新导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not delete %1; delete it yourself.</source>
        <translation>无法删除 %1，请自行删除。</translation>
    </message>
</context>
<context>
    <name>CliReport</name>
    <message>
        <location filename="../app/cli/clireport.cpp" line="+31"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unusable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <location line="+17"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Area name</source>
        <translation>大区名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Features</source>
        <translation>功能特性</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bandwidth (Mbps)</source>
        <translation>带宽（Mbps）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Concurrent (x10,000)</source>
        <translation>并发（万）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Origin region</source>
        <translation>源站地域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes new connections</source>
        <translation>可加入新通道</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Can be created</source>
        <translation>可以创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot be created</source>
        <translation>无法创建</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (discounted %2)</source>
        <translation>%1（折后 %2）</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="+33"/>
        <source>Interrupted.</source>
        <translation>已中断。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Warning: this computer&apos;s clock is %1 seconds behind Tencent Cloud&apos;s; the request was repeated with the corrected time. Please synchronise the clock.
</source>
        <translation>警告：本机时钟比腾讯云时间慢 %1 秒；已使用校正后的时间重新发送请求。请同步时钟。
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning: this computer&apos;s clock is %1 seconds ahead of Tencent Cloud&apos;s; the request was repeated with the corrected time. Please synchronise the clock.
</source>
        <translation>警告：本机时钟比腾讯云时间快 %1 秒；已使用校正后的时间重新发送请求。请同步时钟。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliapistack.cpp" line="+67"/>
        <source>No default profile. Name one with --profile NAME (profiles: %1), or make one the default: gaap-capacity-cli profile set-default NAME.</source>
        <translation>没有默认配置。请用 --profile NAME 指定一个（现有配置：%1），或设置默认配置：gaap-capacity-cli profile set-default NAME。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>gaap-capacity-cli: No credentials: add a profile (gaap-capacity-cli profile add NAME), or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY (and TENCENTCLOUD_TOKEN for temporary keys). Create a key in the CAM console under API Key Management.
</source>
        <translation>gaap-capacity-cli: 没有凭据：请添加配置档案（gaap-capacity-cli profile add NAME），或设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY（使用临时密钥时还需设置 TENCENTCLOUD_TOKEN）。请在访问管理（CAM）控制台的 API 密钥管理页面创建密钥。
</translation>
    </message>
    <message>
        <location filename="../app/cli/cliconnection.cpp" line="+58"/>
        <source>Access region &quot;%1&quot; does not serve origin region &quot;%2&quot; with these options. Access regions that do: %3.</source>
        <translation>在当前选项下，加速地域“%1”不支持源站地域“%2”。支持该源站地域的加速地域：%3。</translation>
    </message>
    <message>
        <location filename="../app/cli/climatrixcommand.cpp" line="+63"/>
        <source>warning: access region &quot;%1&quot; is left out: the server&apos;s entry cannot be used (%2).</source>
        <translation>警告：已跳过加速区域“%1”：服务器返回的该条目无法使用（%2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The server&apos;s entry for access region %1 cannot be used (%2). Choose another access region, or try again later.</source>
        <translation>服务器返回的加速区域 %1 的条目无法使用（%2）。请选择其他加速区域，或稍后再试。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No access region serves origin region &quot;%1&quot; with these options.</source>
        <translation>在当前选项下，没有加速地域支持源站地域“%1”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--bandwidth %1 is not offered by the chosen access regions; they offer: %2.</source>
        <translation>所选加速地域不提供 --bandwidth %1；它们提供的取值：%2。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--concurrent %1 is not offered by the chosen access regions; they offer: %2.</source>
        <translation>所选加速地域不提供 --concurrent %1；它们提供的取值：%2。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The chosen access regions offer none of these bandwidth and concurrency combinations.</source>
        <translation>所选加速地域均不提供这些带宽与并发的组合。</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>Interrupted: %1 of %n cell(s) answered; the answered ones are in the history (gaap-capacity-cli history). The cells not answered are marked pending.</source>
        <translation>
            <numerusform>已中断：%n 个单元格中已有 %1 个得到答复；已答复的都在检查历史中（gaap-capacity-cli history）。未答复的单元格标为 pending。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%1 of %n check(s) failed.</source>
        <translation>
            <numerusform>%n 次检查中有 %1 次失败。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First failure (%1, %2 Mbps, concurrency %3): %4</source>
        <translation>第一个失败项（%1，%2 Mbps，并发 %3）：%4</translation>
    </message>
    <message>
        <location filename="../app/cli/clihistorycommand.cpp" line="+83"/>
        <source>No recorded checks match.</source>
        <translation>没有匹配的检查记录。</translation>
    </message>
    <message>
        <location filename="../app/cli/clirunner.cpp" line="+43"/>
        <source>the history database cannot be written.</source>
        <translation>无法写入历史数据库。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>gaap-capacity-cli: warning: this check is not recorded in the history: %1</source>
        <translation>gaap-capacity-cli: 警告：此次检查未记录到检查历史中：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/exitcode.cpp" line="+47"/>
        <source>Could not write the output (%1): the disk may be full or the file closed. What was written is incomplete; run the command again.</source>
        <translation>无法写出输出（%1）：磁盘可能已满或文件已关闭。已写出的内容不完整，请重新运行该命令。</translation>
    </message>
    <message>
        <location filename="../app/cli/clifindcommand.cpp" line="+60"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access region</source>
        <translation>加速地域</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daily cost</source>
        <translation>每日费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Mbps</source>
        <translation>%1 Mbps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 × 10,000</source>
        <translation>%1 万</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>warning: the prices are in %1; they are ranked within each currency, not against each other.</source>
        <translation>警告：价格使用 %1 多种币种；只在同一币种内排序，不同币种之间不作比较。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Interrupted: %1 of %n access region(s) answered; the answered checks are in the history (gaap-capacity-cli history).</source>
        <translation>
            <numerusform>已中断：%n 个加速地域中已有 %1 个应答；已应答的检查已记入历史（gaap-capacity-cli history）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No access region can be created as far as the answers go, and a check failed (%1): %2</source>
        <translation>已有的应答中没有可以创建的加速地域，且有检查失败（%1）：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No access region serving %1 can be created with at least %2 Mbps and %3 × 10,000 connections now. Ask for less, or try another origin region.</source>
        <translation>目前为 %1 提供服务的加速地域都无法以至少 %2 Mbps 和 %3 万连接创建。请降低要求，或换一个源站地域。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicheckcommand.cpp" line="+28"/>
        <source>CheckProxyCreate answered that this connection cannot be created (RequestId %1), so there is nothing to hand over.</source>
        <translation>CheckProxyCreate 回答此通道不能创建（RequestId %1），因此没有可交接的内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/cliwatchcommand.cpp" line="+160"/>
        <source>can be created</source>
        <translation>可以创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be created</source>
        <translation>不能创建</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>check failed: %1 (%2)</source>
        <translation>检查失败：%1（%2）</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>No access region serving %1 offers at least %2 Mbps and %3 × 10,000 connections, so there is nothing to watch; find lists what each one offers.</source>
        <translation>为 %1 服务的加速地域都不提供至少 %2 Mbps 和 %3 万连接，因此没有可监视的内容；find 会列出每个地域提供的取值。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>%1 (%2 Mbps × %3)</source>
        <translation>%1（%2 Mbps × %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no access region can serve it</source>
        <translation>没有加速地域能满足</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>can be created in %n access region(s): %1</source>
        <translation>
            <numerusform>可以在 %n 个加速地域创建：%1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n check(s) failed)</source>
        <translation>
            <numerusform>（%n 次检查失败）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--max-time (%1 s) passed; the last check failed: %2</source>
        <translation>已到达 --max-time（%1 秒）；最后一次检查失败：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>--max-time (%1 s) passed and still no access region can serve it (%n search(es)).</source>
        <translation>
            <numerusform>--max-time（%1 秒）已到，仍没有加速地域能满足（搜索了 %n 次）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>--max-time (%1 s) passed and the connection still cannot be created (%n check(s)).</source>
        <translation>
            <numerusform>已到达 --max-time（%1 秒），通道仍不能创建（共检查 %n 次）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComboItems</name>
    <message>
        <location filename="../ui/common/comboitems.cpp" line="+59"/>
        <source>%1 (%2)</source>
        <comment>region name, RegionId</comment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>CredentialError</name>
    <message>
        <location filename="../app/core/credentials/credentialstore.cpp" line="+12"/>
        <source>The keychain has no key for this profile. Edit the profile and enter its SecretId and SecretKey again.</source>
        <translation>钥匙串中没有此配置档案的密钥。请编辑该配置档案，重新输入 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No keychain service is available. On Linux, install and start gnome-keyring or KWallet (a desktop session normally does this); keys are never stored in plain text instead. Without a keychain, set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY for the session: the Environment profile uses them.</source>
        <translation>没有可用的钥匙串服务。在 Linux 上，请安装并启动 gnome-keyring 或 KWallet（桌面会话通常会自动完成）；本应用绝不会改为以明文形式保存密钥。没有钥匙串时，请为当前会话设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY：“Environment”配置会使用它们。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain is locked or access was refused. Unlock it (for example by logging in again) and allow GAAP Capacity Check to use it.</source>
        <translation>钥匙串已锁定或拒绝访问。请解锁钥匙串（例如重新登录），并允许 GAAP Capacity Check 使用钥匙串。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain did not answer. It may be waiting for a password prompt: unlock it, then try again.</source>
        <translation>钥匙串没有响应，可能正在等待输入密码。请解锁钥匙串后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain entry for this profile is damaged. Remove the profile and add it again.</source>
        <translation>此配置档案的钥匙串条目已损坏。请删除该配置档案后重新添加。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain reported a problem: %1</source>
        <translation>钥匙串报告了问题：%1</translation>
    </message>
</context>
<context>
    <name>CredentialImport</name>
    <message>
        <location filename="../app/core/credentials/credentialimport.cpp" line="+31"/>
        <source>No tccli profile &quot;%1&quot;: %2 cannot be read.</source>
        <translation>没有 tccli 配置档案“%1”：无法读取 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tccli profile &quot;%1&quot; uses an instance role, which has no key to import.</source>
        <translation>tccli 配置档案“%1”使用的是实例角色，没有可导入的密钥。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 has no secretId and secretKey.</source>
        <translation>%1 中没有 secretId 和 secretKey。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has no [default] secret_id and secret_key.</source>
        <translation>%1 的 [default] 节中没有 secret_id 和 secret_key。</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <location filename="../app/core/api/endpoint.cpp" line="+48"/>
        <source>The endpoint is empty. Enter a URL such as https://gaap.tencentcloudapi.com.</source>
        <translation>API 接入点为空。请输入类似 https://gaap.tencentcloudapi.com 的 URL。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a valid endpoint URL. Enter a URL such as https://gaap.tencentcloudapi.com.</source>
        <translation>“%1”不是有效的 API 接入点 URL。请输入类似 https://gaap.tencentcloudapi.com 的 URL。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The endpoint must start with https:// (found &quot;%1&quot;).</source>
        <translation>API 接入点必须以 https:// 开头（实际为“%1”）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plain http:// is only allowed for a server on this computer (localhost, 127.0.0.1 or ::1), because keys and answers would travel unencrypted. Use https://%1 instead.</source>
        <translation>仅当服务器位于本机（localhost、127.0.0.1 或 ::1）时才允许使用 http://，否则密钥和响应内容将以明文传输。请改用 https://%1 作为 API 接入点。</translation>
    </message>
    <message>
        <location line="+8"/>
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
    <name>EnvironmentCredentials</name>
    <message>
        <location filename="../app/core/credentials/environmentcredentials.cpp" line="+28"/>
        <source>%1 is set but %2 is not. Set both to the key pair from the CAM console (API key management), or unset %1 to use a profile.</source>
        <translation>已设置 %1，但未设置 %2。请将两者都设置为 CAM 控制台（API 密钥管理）中的密钥对，或取消设置 %1 以使用配置。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds a line break or another control character, which would end the request header it is sent in. Set it again to the value from the CAM console (API key management), on one line.</source>
        <translation>%1 中含有换行符或其他控制字符，会截断发送它的请求头。请重新设置为 CAM 控制台（API 密钥管理）中的值，写在一行内。</translation>
    </message>
</context>
<context>
    <name>ErrorCatalogue</name>
    <message>
        <location filename="../app/core/api/errorcatalogue.cpp" line="+21"/>
        <source>Tencent Cloud could not verify the request&apos;s credentials or signature.</source>
        <translation>腾讯云无法验证请求的凭据或签名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check that the profile&apos;s SecretId and SecretKey are correct, without stray spaces, and that this computer&apos;s clock is right. If it persists, quote the RequestId to Tencent Cloud support.</source>
        <translation>请检查配置档案中的 SecretId 和 SecretKey 是否正确、是否含有多余空格，并确认本机时钟准确。如果问题持续出现，请向腾讯云技术支持提供 RequestId。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tencent Cloud cannot find this SecretId.</source>
        <translation>腾讯云找不到此 SecretId。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key was deleted or disabled, or the SecretId was pasted with stray spaces. Copy it again from the CAM console (API key management) into the profile.</source>
        <translation>该密钥已被删除或禁用，或粘贴 SecretId 时带入了多余空格。请从访问管理（CAM）控制台的 API 密钥管理页面重新复制 SecretId 到配置档案中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tencent Cloud rejected the request&apos;s signature.</source>
        <translation>腾讯云拒绝了请求的签名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SecretKey is wrong or was pasted with stray spaces. Enter the SecretKey that belongs to this SecretId again, or create a new key in the CAM console (API key management).</source>
        <translation>SecretKey 错误，或粘贴时带入了多余空格。请重新输入与此 SecretId 对应的 SecretKey，或在访问管理（CAM）控制台的 API 密钥管理页面创建新密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request&apos;s timestamp was too far from Tencent Cloud&apos;s time.</source>
        <translation>请求的时间戳与腾讯云服务器时间相差过大。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s clock differs from Tencent Cloud&apos;s by more than 5 minutes. Sync the clock (turn on automatic time) and try again; the app already retries once with the measured offset.</source>
        <translation>本机时钟与腾讯云时间相差超过 5 分钟。请同步时钟（开启自动设置时间）后重试；本应用已按测得的时钟偏差自动重试过一次。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SecretId is not a Tencent Cloud API key.</source>
        <translation>该 SecretId 不是腾讯云 API 密钥。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use an API key from the CAM console (API key management); its SecretId usually starts with AKID. Keys of other kinds, such as those left over from a browser sign-in, do not work here.</source>
        <translation>请使用在访问管理（CAM）控制台的 API 密钥管理页面获取的 API 密钥，其 SecretId 通常以 AKID 开头。其他类型的密钥（例如浏览器登录后残留的密钥）不能在此使用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request&apos;s Authorization header was not in the form Tencent Cloud expects.</source>
        <translation>请求的 Authorization 头格式不符合腾讯云的要求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A proxy or security gateway may have changed the request, or the app is out of date. Check the proxy settings and update the app.</source>
        <translation>代理或安全网关可能修改了请求，或本应用版本过旧。请检查代理设置并更新本应用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The temporary credentials&apos; session token is invalid or has expired.</source>
        <translation>临时凭据的会话令牌（Token）无效或已过期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get a new token, with its temporary SecretId and SecretKey, from STS or your sign-in tool and update the profile. Long-term API keys need no token, so leave the token empty for them.</source>
        <translation>请从 STS 或登录工具重新获取令牌及配套的临时 SecretId 和 SecretKey，并更新配置档案。长期 API 密钥无需令牌，使用长期密钥时请将令牌留空。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Multi-factor authentication (MFA) for this request failed.</source>
        <translation>此请求的多因子认证（MFA）失败。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account requires MFA for this kind of access. Ask the account administrator to check the MFA settings in the CAM console, or use a key that does not require MFA.</source>
        <translation>该账号要求此类访问通过 MFA 校验。请联系账号管理员在访问管理（CAM）控制台中检查 MFA 设置，或改用无需 MFA 的密钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This sub-account has no permission for this GAAP request.</source>
        <translation>该子账号无权执行此 GAAP 请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your Tencent Cloud administrator to grant the CAM policy QcloudGAAPReadOnlyAccess, or a policy that allows gaap:CheckProxyCreate, gaap:DescribeDestRegions, gaap:DescribeAccessRegionsByDestRegion and gaap:DescribeProxyGroupList.</source>
        <translation>请让腾讯云管理员授予 CAM 策略 QcloudGAAPReadOnlyAccess，或允许 gaap:CheckProxyCreate、gaap:DescribeDestRegions、gaap:DescribeAccessRegionsByDestRegion 和 gaap:DescribeProxyGroupList 的策略。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This Tencent Cloud account is not enterprise-verified.</source>
        <translation>该腾讯云账号未完成企业实名认证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAAP requires an account with enterprise identity verification. Complete enterprise verification in the account settings of the Tencent Cloud console, or use an enterprise-verified account.</source>
        <translation>GAAP 要求账号完成企业实名认证。请在腾讯云控制台的账号中心完成企业认证，或改用已完成企业认证的账号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s public IP address is not on the API key&apos;s allowed list.</source>
        <translation>本机的公网 IP 地址不在该 API 密钥的 IP 白名单中。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key only works from certain IP addresses. Ask the administrator to add this network&apos;s public IP address to the key&apos;s IP restrictions in the CAM console, or run the check from an allowed network.</source>
        <translation>该 API 密钥仅允许从特定 IP 地址调用。请联系管理员在访问管理（CAM）控制台中将本网络的公网 IP 地址添加到该密钥的 IP 限制中，或从允许的网络执行检查。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer&apos;s public IP address is blocked for this API key.</source>
        <translation>本机的公网 IP 地址已被该 API 密钥禁止访问。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key&apos;s IP restrictions block this address. Ask the administrator to check the key&apos;s IP settings in the CAM console, or run the check from another network.</source>
        <translation>该 API 密钥的 IP 限制禁止了此地址。请联系管理员在访问管理（CAM）控制台中检查该密钥的 IP 设置，或从其他网络执行检查。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This account has no permission for this operation.</source>
        <translation>该账号无权执行此操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your Tencent Cloud administrator for a CAM policy that allows this GAAP action, for example QcloudGAAPReadOnlyAccess for checks and region queries.</source>
        <translation>请联系腾讯云账号管理员授予允许此 GAAP 操作的 CAM 策略，例如用于检查和地域查询的 QcloudGAAPReadOnlyAccess。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cross-border connection bandwidth is suspended (isolated) for this account.</source>
        <translation>该账号的跨境加速通道带宽已被暂停（处于隔离状态）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the account&apos;s billing and messages in the Tencent Cloud console, then contact Tencent Cloud support to lift the isolation.</source>
        <translation>请在腾讯云控制台查看该账号的账单和站内信，然后联系腾讯云技术支持解除隔离。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GAAP is not activated for this account.</source>
        <translation>该账号尚未开通 GAAP 服务。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the GAAP console, activate the service and accept the service agreement, then check again.</source>
        <translation>请打开 GAAP 控制台，开通服务并同意服务协议，然后重新检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This Tencent Cloud account has not completed identity verification.</source>
        <translation>该腾讯云账号尚未完成实名认证。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete identity verification for the account in the Tencent Cloud console, then try again.</source>
        <translation>请在腾讯云控制台为该账号完成实名认证，然后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tencent Cloud found restricted resources in this account.</source>
        <translation>腾讯云发现该账号存在受限资源。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the messages in your Tencent Cloud inbox and your email for details. Resolve the violation they describe before trying again.</source>
        <translation>请查看腾讯云站内信和电子邮件了解详情，解决其中所述的违规问题后再重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account balance is too low to create this connection.</source>
        <translation>账户余额不足，无法创建此加速通道。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top up the account in the Tencent Cloud billing console, then check again.</source>
        <translation>请在腾讯云费用中心为账户充值，然后重新检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This bandwidth is not offered in the chosen access region.</source>
        <translation>所选加速地域不提供此带宽。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the regions and pick a bandwidth from the access region&apos;s list of offered values.</source>
        <translation>请刷新地域列表，并从该加速地域提供的带宽取值中选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This concurrency is not offered in the chosen access region.</source>
        <translation>所选加速地域不提供此并发。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the regions and pick a concurrency from the access region&apos;s list of offered values.</source>
        <translation>请刷新地域列表，并从该加速地域提供的并发取值中选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The access region was not found, or this account has no permission to use it.</source>
        <translation>未找到该加速地域，或该账号无权使用该地域。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the region lists and choose an access region offered for the chosen origin region.</source>
        <translation>请刷新地域列表，并选择所选源站地域支持的加速地域。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The origin region was not found, or this account has no permission to use it.</source>
        <translation>未找到该源站地域，或该账号无权使用该地域。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refresh the region lists and choose an origin region from the current list.</source>
        <translation>请刷新地域列表，并从当前列表中选择源站地域。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The chosen region does not support a feature this connection needs.</source>
        <translation>所选地域不支持此加速通道所需的功能特性。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the region&apos;s features (IP version, network type, package type) with the connection&apos;s options, and change either the region or the options.</source>
        <translation>请将该地域的功能特性（IP 版本、网络类型、套餐类型）与加速通道的选项进行对比，然后更换地域或修改选项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection group cannot support this connection&apos;s features.</source>
        <translation>该通道组无法支持此加速通道的功能特性。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a group whose features match the connection, such as the same IP version and network type, or check without a group.</source>
        <translation>请选择功能特性与该加速通道匹配的通道组（例如 IP 版本和网络类型相同），或不指定通道组进行检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The requested features cannot be enabled together.</source>
        <translation>所请求的功能特性无法同时启用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change one of the options, such as IP version, network type or package type, and check again.</source>
        <translation>请修改其中一个选项（例如 IP 版本、网络类型或套餐类型），然后重新检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The project does not belong to this account.</source>
        <translation>该项目不属于此账号。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a project of this account, or use the default project.</source>
        <translation>请选择此账号下的项目，或使用默认项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No capacity is left on this line for the requested connection.</source>
        <translation>该线路资源已售罄，无法创建所请求的加速通道。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another access region, bandwidth or concurrency, or open a ticket with Tencent Cloud to request capacity.</source>
        <translation>请尝试其他加速地域、带宽或并发，或向腾讯云提交工单申请资源。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection group already holds the maximum number of connections.</source>
        <translation>该通道组中的加速通道数量已达上限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose another connection group, check without a group, or remove unused connections from this group.</source>
        <translation>请选择其他通道组、不指定通道组进行检查，或从该通道组中移除不再使用的加速通道。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection group is not in the running state.</source>
        <translation>该通道组未处于运行中状态。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the GAAP console shows the group as running (it may be creating, changing or being deleted), or choose another group.</source>
        <translation>请等待 GAAP 控制台将该通道组显示为运行中（它可能正在创建、变更或删除），或选择其他通道组。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The resource is being upgraded.</source>
        <translation>该资源正在升级。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few minutes until the upgrade has finished, then try again.</source>
        <translation>请等待几分钟，待升级完成后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tencent Cloud does not have enough resources for this request.</source>
        <translation>腾讯云资源不足，无法满足此请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try another access region, bandwidth or concurrency, or try again later.</source>
        <translation>请尝试其他加速地域、带宽或并发，或稍后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requested resource does not exist.</source>
        <translation>所请求的资源不存在。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the lists and check the region or connection group ID; the resource may have been deleted.</source>
        <translation>请刷新列表并检查地域或通道组 ID；该资源可能已被删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requested resource is currently unavailable.</source>
        <translation>所请求的资源当前不可用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later or choose another region. If it persists, quote the RequestId to Tencent Cloud support.</source>
        <translation>请稍后重试或选择其他地域。如果问题持续出现，请向腾讯云技术支持提供 RequestId。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The resource is in use by another operation.</source>
        <translation>该资源正被其他操作占用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait until the other operation has finished, then try again.</source>
        <translation>请等待其他操作完成后重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quota of this account has been reached.</source>
        <translation>该账号的某项配额已达上限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release unused GAAP resources in the console, or ask Tencent Cloud support to raise the quota.</source>
        <translation>请在控制台中释放不再使用的 GAAP 资源，或请腾讯云技术支持提高配额。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many requests per second were sent to Tencent Cloud.</source>
        <translation>每秒发送到腾讯云的请求过多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAAP accepts at most 20 requests per second per API, and the app paces and retries its own requests. Wait a moment and try again, and run fewer scripts or tools with this account in parallel.</source>
        <translation>GAAP 每个 API 每秒最多接受 20 次请求，本应用会自动控制自身的请求速率并重试。请稍候重试，并减少使用此账号并行运行的脚本或工具。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many requests per second came from this IP address.</source>
        <translation>来自此 IP 地址的每秒请求过多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other computers and tools behind the same public IP address share this limit, while the app paces and retries its own requests. Wait a moment and try again, with fewer scripts in parallel.</source>
        <translation>使用同一公网 IP 地址的其他计算机和工具共享此频率限制，本应用会自动控制自身的请求速率并重试。请稍候重试，并减少并行运行的脚本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account sent too many requests per second.</source>
        <translation>该账号每秒发送的请求过多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All sub-accounts, keys and scripts of the main account share this limit, while the app paces and retries its own requests. Wait a moment and try again, with fewer scripts in parallel.</source>
        <translation>主账号下的所有子账号、密钥和脚本共享此频率限制，本应用会自动控制自身的请求速率并重试。请稍候重试，并减少并行运行的脚本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This account sent too many requests per second across all regions.</source>
        <translation>该账号在所有地域每秒发送的请求总数过多。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every tool using the main account in any region shares this limit, while the app paces and retries its own requests. Wait a moment and try again, with fewer scripts in parallel.</source>
        <translation>在任意地域使用该主账号的所有工具共享此频率限制，本应用会自动控制自身的请求速率并重试。请稍候重试，并减少并行运行的脚本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GAAP received this request too soon after the previous one.</source>
        <translation>GAAP 收到此请求时，距上一次请求的间隔过短。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wait a few seconds and try again, and stop other scripts that use this account at the same time.</source>
        <translation>请等待几秒后重试，并停止同时使用此账号的其他脚本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tencent Cloud had a temporary internal problem.</source>
        <translation>腾讯云出现临时内部错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again later. If it persists, quote the RequestId to Tencent Cloud support.</source>
        <translation>请稍后重试。如果问题持续出现，请向腾讯云技术支持提供 RequestId。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Tencent Cloud service is temporarily unavailable.</source>
        <translation>腾讯云服务暂时不可用。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes. If it persists, quote the RequestId to Tencent Cloud support.</source>
        <translation>请几分钟后重试。如果问题持续出现，请向腾讯云技术支持提供 RequestId。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tencent Cloud could not complete the operation.</source>
        <translation>腾讯云无法完成该操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a moment. If it keeps failing, quote the server&apos;s message and the RequestId to Tencent Cloud support.</source>
        <translation>请稍后重试。如果仍然失败，请向腾讯云技术支持提供服务器消息和 RequestId。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tencent Cloud does not support this operation with these options.</source>
        <translation>腾讯云不支持使用这些选项执行此操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the region, package type or network type, and read the server&apos;s message for details.</source>
        <translation>请更换地域、套餐类型或网络类型，并查看服务器消息了解详情。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A request parameter had the wrong format or type.</source>
        <translation>请求参数的格式或类型错误。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the values you entered (regions, bandwidth, concurrency, group ID). If they look right, update the app and quote the RequestId when reporting it.</source>
        <translation>请检查输入的值（地域、带宽、并发、通道组 ID）。如果确认无误，请更新本应用；反馈该问题时请提供 RequestId。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tencent Cloud does not accept one of the request&apos;s values.</source>
        <translation>腾讯云不接受请求中的某个取值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the region lists and choose the values from them. The server&apos;s message names the value it rejected.</source>
        <translation>请刷新地域列表并从中选择取值。服务器消息中指明了被拒绝的取值。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The request lacked a required parameter.</source>
        <translation>请求缺少必需的参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make sure the access region, origin region, bandwidth and concurrency are all filled in. If they are, update the app.</source>
        <translation>请确认加速地域、源站地域、带宽和并发均已填写。如果均已填写，请更新本应用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request contained a parameter Tencent Cloud does not know.</source>
        <translation>请求包含腾讯云无法识别的参数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app and the Tencent Cloud API disagree about this action. Update the app to the latest version.</source>
        <translation>本应用与腾讯云 API 对此操作的定义不一致。请将本应用更新到最新版本。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request would have succeeded, but it was only a dry run.</source>
        <translation>请求本可成功，但这只是一次 DryRun（试运行）请求。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was checked or changed because the request was marked as a dry run. If you did not ask for one, update the app.</source>
        <translation>由于请求被标记为 DryRun，未进行任何检查或更改。如果您并未要求试运行，请更新本应用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tencent Cloud does not know the requested API action.</source>
        <translation>腾讯云无法识别所请求的 API 操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app and the Tencent Cloud API disagree, or the endpoint is not the GAAP endpoint. Check the endpoint and update the app.</source>
        <translation>本应用与腾讯云 API 不一致，或 API 接入点不是 GAAP 的接入点。请检查 API 接入点并更新本应用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tencent Cloud has taken this API action offline.</source>
        <translation>腾讯云已下线此 API 操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app and the Tencent Cloud API no longer agree. Update the app to the latest version.</source>
        <translation>本应用与腾讯云 API 已不再匹配。请将本应用更新到最新版本。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tencent Cloud does not know the requested API version.</source>
        <translation>腾讯云无法识别所请求的 API 版本。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The app and the API disagree, or a proxy sent the request to the wrong host. Check the endpoint and proxy settings, and update the app.</source>
        <translation>本应用与 API 不一致，或代理将请求发送到了错误的主机。请检查 API 接入点和代理设置，并更新本应用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tencent Cloud does not know the requested product.</source>
        <translation>腾讯云无法识别所请求的产品。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The endpoint is probably wrong: use gaap.tencentcloudapi.com, or gaap.intl.tencentcloudapi.com on the international site. If it is right, update the app.</source>
        <translation>API 接入点可能有误：请使用 gaap.tencentcloudapi.com，国际站请使用 gaap.intl.tencentcloudapi.com。如果 API 接入点无误，请更新本应用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This API does not support the requested region.</source>
        <translation>此 API 不支持所请求的地域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAAP needs no region, so the endpoint is probably wrong or the app is out of date. Check the endpoint and update the app.</source>
        <translation>GAAP 无需指定地域，因此很可能是 API 接入点有误或本应用版本过旧。请检查 API 接入点并更新本应用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tencent Cloud does not accept the request&apos;s HTTP method or protocol.</source>
        <translation>腾讯云不接受该请求的 HTTP 方法或协议。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only HTTPS GET and POST are accepted, so a proxy may have changed the request. Check the proxy settings and update the app.</source>
        <translation>腾讯云仅接受 HTTPS GET 和 POST 请求，因此可能是代理修改了请求。请检查代理设置并更新本应用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tencent Cloud could not read the request body.</source>
        <translation>腾讯云无法读取请求正文。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A proxy may have changed the request, or the app is out of date. Check the proxy settings and update the app.</source>
        <translation>代理可能修改了请求，或本应用版本过旧。请检查代理设置并更新本应用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request was larger than Tencent Cloud accepts.</source>
        <translation>请求大小超出了腾讯云允许的上限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This app&apos;s requests are small, so a proxy or the app itself is probably at fault. Check the proxy settings and update the app.</source>
        <translation>本应用发出的请求很小，因此问题很可能出在代理或本应用本身。请检查代理设置并更新本应用。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tencent Cloud&apos;s answer would have been too large to send.</source>
        <translation>腾讯云的响应过大，无法发送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for less data at once, for example a smaller page of connection groups. If this happens for a single check, update the app.</source>
        <translation>请减少单次请求的数据量，例如减小通道组列表的分页大小。如果单次检查也出现此问题，请更新本应用。</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <location filename="../ui/common/exportfile.cpp" line="+11"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>FeatureBadges</name>
    <message>
        <location filename="../ui/check/featurebadges.cpp" line="+90"/>
        <source>%1 offers:</source>
        <comment>the features of an access region</comment>
        <translation>%1 提供：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no features listed (FeatureBitmap 0)</source>
        <translation>未列出任何特性（FeatureBitmap 为 0）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Features of access region %1</source>
        <translation>加速地域 %1 的特性</translation>
    </message>
</context>
<context>
    <name>FindWindow</name>
    <message>
        <location filename="../ui/find/findwindow.ui" line="+14"/>
        <source>Find Capacity</source>
        <translation>查找容量</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Where can a connection with at least this much be created from the origin? Every access region serving it is checked with the smallest bandwidth and concurrency it offers that meet the minimum, and priced when it can be created.</source>
        <translation>从源站出发，哪里能创建至少这么大的通道？为该源站服务的每个加速地域都会以其提供的、满足最低要求的最小带宽和并发进行检查，可以创建的再询价。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Origin region:</source>
        <translation>源站地域(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Origin region</source>
        <translation>源站地域</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;IP version:</source>
        <translation>IP 版本(&amp;I)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IP version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Package type:</source>
        <translation>通道类型(&amp;P)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package type</source>
        <translation>通道类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Network type:</source>
        <translation>网络类型(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Network type</source>
        <translation>网络类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>At least &amp;bandwidth:</source>
        <translation>最小带宽(&amp;B)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Least bandwidth in Mbps</source>
        <translation>最小带宽（Mbps）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Mbps</source>
        <translation> Mbps</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>At least &amp;concurrency:</source>
        <translation>最小并发(&amp;C)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Least concurrency in units of 10,000 connections</source>
        <translation>最小并发（单位：万连接）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> × 10,000</source>
        <translation> 万</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Billin&amp;g:</source>
        <translation>计费方式(&amp;G)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Billing type</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By bandwidth</source>
        <translation>按带宽计费</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By traffic</source>
        <translation>按流量计费</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Use in the main window</source>
        <translation>在主窗口中使用(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fill the check form with the selected access region and configuration</source>
        <translation>用选中的加速地域和配置填写检查表单并检查</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Watch this search</source>
        <translation>监视此搜索(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search again on a schedule and tell me when an access region can serve this (Tools &gt; Watches…)</source>
        <translation>按计划重新搜索，有加速地域能满足时通知我（工具 &gt; 监视列表…）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Progress of the search</source>
        <translation>查找进度</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Access regions, best first</source>
        <translation>加速地域，最优的在前</translation>
    </message>
    <message>
        <location filename="../ui/find/findwindow.cpp" line="+205"/>
        <source>Choose an origin and the least bandwidth and concurrency, then press Find.</source>
        <translation>请选择源站以及最小带宽和并发，然后点击“查找”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The access regions could not be listed: %1</source>
        <translation>无法列出加速地域：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Listing the access regions…</source>
        <translation>正在列出加速地域…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 of %n access region(s) answered…</source>
        <translation>
            <numerusform>%n 个加速地域中已有 %1 个应答…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Cancelled: %1 of %n access region(s) answered.</source>
        <translation>
            <numerusform>已取消：%n 个加速地域中已有 %1 个应答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n access region(s) can serve this now, cheapest first.</source>
        <translation>
            <numerusform>目前有 %n 个加速地域可以提供，按价格从低到高排列。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No access region serving this origin can be created with at least this much now. Ask for less, or try another origin region.</source>
        <translation>目前为该源站服务的加速地域都无法以至少这么大的配置创建。请降低要求，或换一个源站地域。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The prices are in %1; they are ranked within each currency.</source>
        <translation>价格使用 %1 多种币种；只在同一币种内排序。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>GroupChooser</name>
    <message>
        <location filename="../ui/check/groupchooser.cpp" line="+70"/>
        <source>%1 (%2)</source>
        <comment>a connection group: its name (its ID)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Takes new connections · origin %1 · project %2</source>
        <translation>可加入新通道 · 源站 %1 · 项目 %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+38"/>
        <source>unusable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1 — %2</source>
        <comment>a connection group, the state that keeps it from taking connections</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This group takes no new connections: its status is %1 (%2).</source>
        <translation>此通道组不能加入新通道：其状态为 %1（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s entry for this group cannot be used: %1</source>
        <translation>服务器返回的此通道组条目无法使用：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Group %1 takes no new connections now: its status is %2.</source>
        <translation>通道组 %1 目前不能加入新通道：其状态为 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loading your connection groups of this origin region…</source>
        <translation>正在加载此源站地域中您的通道组…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your connection groups could not be listed (%1): %2 You can still type a group ID; File &gt; Refresh regions (F5) asks again.</source>
        <translation>无法列出您的通道组（%1）：%2 您仍可以手动输入通道组 ID；“文件 &gt; 刷新地域”（F5）会重新查询。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not one of your connection groups in this origin region.</source>
        <translation>%1 不是您在此源站地域中的通道组。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This account has no connection group in this origin region. Type a group ID, or leave the field empty for none.</source>
        <translation>此账号在此源站地域中没有通道组。请输入通道组 ID，或留空表示不使用通道组。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No connection group of this origin region takes new connections now.</source>
        <translation>此源站地域中目前没有能加入新通道的通道组。</translation>
    </message>
</context>
<context>
    <name>HandoverBar</name>
    <message>
        <location filename="../ui/check/handoverbar.ui" line="+29"/>
        <source>Copy as tccli CreateProxy comman&amp;d</source>
        <translation>复制为 tccli CreateProxy 命令(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a tccli command that creates this connection</source>
        <translation>复制创建此通道的 tccli 命令</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy as Terrafor&amp;m</source>
        <translation>复制为 Terraform(&amp;M)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy a Terraform resource for this connection</source>
        <translation>复制此通道的 Terraform 资源</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open in &amp;web console</source>
        <translation>在网页控制台中打开(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Tencent Cloud&apos;s GAAP web console in the browser</source>
        <translation>在浏览器中打开腾讯云 GAAP 网页控制台</translation>
    </message>
    <message>
        <location filename="../ui/check/handoverbar.cpp" line="+18"/>
        <source>The CreateProxy command is on the clipboard: set %1 and %2 before you run it.</source>
        <translation>CreateProxy 命令已复制到剪贴板：运行前请设置 %1 和 %2。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Terraform resource is on the clipboard: replace each REPLACE_ME in it before terraform apply.</source>
        <translation>Terraform 资源已复制到剪贴板：执行 terraform apply 前请替换其中的每个 REPLACE_ME。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>CheckProxyCreate answered &quot;Cannot be created&quot;: there is no order to hand over.</source>
        <translation>CheckProxyCreate 回答“不能创建”：没有可交接的订单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is nothing to hand over until a check answers &quot;Can be created&quot;.</source>
        <translation>在检查回答“可以创建”之前，没有可交接的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A tccli command that creates this connection. It runs only once you set %1 (your project ID, 0 for the default project) and %2 (a name of at most 30 characters).</source>
        <translation>创建此通道的 tccli 命令。只有在设置 %1（您的项目 ID，默认项目为 0）和 %2（不超过 30 个字符的名称）之后才会执行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A tencentcloud_gaap_proxy resource with the checked values; replace each REPLACE_ME in it first.</source>
        <translation>包含已检查参数的 tencentcloud_gaap_proxy 资源；请先替换其中的每个 REPLACE_ME。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opens %1 in your web browser.</source>
        <translation>在网页浏览器中打开 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tencent Cloud&apos;s web console is known for the China and International sites only; this profile uses the custom endpoint %1.</source>
        <translation>只有中国站和国际站有已知的腾讯云网页控制台；此配置档案使用自定义接入点 %1。</translation>
    </message>
</context>
<context>
    <name>HelperButtons</name>
    <message>
        <location filename="../ui/common/helperbuttons.cpp" line="+26"/>
        <source>Clear the field</source>
        <translation>清除此栏</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select all rows</source>
        <translation>选择所有行</translation>
    </message>
</context>
<context>
    <name>HistoryExporter</name>
    <message numerus="yes">
        <location filename="../ui/history/historyexporter.cpp" line="+15"/>
        <source>Exported %n history entry(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条检查历史导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../ui/history/historymodel.cpp" line="+132"/>
        <source>! failed (%1)</source>
        <translation>! 失败（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ can be created</source>
        <translation>✓ 可以创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ cannot be created</source>
        <translation>✗ 无法创建</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>check</source>
        <comment>history source: a single check in the app</comment>
        <translation>单次检查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matrix</source>
        <comment>history source: a cell of a capacity matrix</comment>
        <translation>容量矩阵</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>watch</source>
        <comment>history source: a check of a watch (Tools &gt; Watches)</comment>
        <translation>监视</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>find</source>
        <comment>history source: a check of a requirement search (Find window)</comment>
        <translation>查找</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>command line</source>
        <comment>history source: gaap-capacity-cli</comment>
        <translation>命令行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>源站地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access region</source>
        <translation>加速地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>网络类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IP version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package</source>
        <translation>通道类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation>API 接入点</translation>
    </message>
</context>
<context>
    <name>HistoryReader</name>
    <message>
        <location filename="../app/core/history/historyreader.cpp" line="+31"/>
        <source>The history could not be read. Close this window and open it again to retry.</source>
        <translation>无法读取检查历史。请关闭此窗口后重新打开以重试。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>the history could not be read</source>
        <translation>无法读取检查历史</translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <location filename="../app/core/history/historystore.cpp" line="+123"/>
        <source>The history database %1 cannot be created: the folder %2 cannot be made. Check that it is writable. Checks still work; they are not recorded.</source>
        <translation>无法创建历史数据库 %1：无法创建文件夹 %2。请检查该位置是否可写。检查仍可正常进行，但不会被记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The history database %1 is not a file. Move it away to start a new history. Checks still work; they are not recorded.</source>
        <translation>历史数据库 %1 不是文件。请将其移走，以开始新的检查历史。检查仍可正常进行，但不会被记录。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The history database %1 was written by a newer version of this app. Use that version, or move the file away to start a new history. Checks still work; they are not recorded.</source>
        <translation>历史数据库 %1 由本应用的较新版本写入。请使用该版本，或将该文件移走以开始新的检查历史。检查仍可正常进行，但不会被记录。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The history database %1 is damaged; move it away or delete it to start a new history. Checks still work; they are not recorded.</source>
        <translation>历史数据库 %1 已损坏；请将其移走或删除，以开始新的检查历史。检查仍可正常进行，但不会被记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history database %1 is locked by another program (another copy of this app?). Close it and restart. Checks still work; they are not recorded.</source>
        <translation>历史数据库 %1 已被其他程序锁定（是否有另一个本应用实例正在运行？）。请关闭该程序后重新启动。检查仍可正常进行，但不会被记录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The history database %1 cannot be opened (%2). Check that the file and its folder are writable. Checks still work; they are not recorded.</source>
        <translation>无法打开历史数据库 %1（%2）。请检查该文件及其所在文件夹是否可写。检查仍可正常进行，但不会被记录。</translation>
    </message>
</context>
<context>
    <name>HistoryWindow</name>
    <message>
        <location filename="../ui/history/historywindow.ui" line="+14"/>
        <source>Check History</source>
        <translation>检查历史</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>History problem</source>
        <translation>检查历史问题</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region filter</source>
        <translation>地域筛选</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/history/historywindow.cpp" line="+81"/>
        <source>origin or access region</source>
        <translation>源站地域或加速地域</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Outcome:</source>
        <translation>结果(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Outcome filter</source>
        <translation>结果筛选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Since:</source>
        <translation>起始日期(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by start date</source>
        <translation>按起始日期筛选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Since date</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+26"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>&amp;Until:</source>
        <translation>截止日期(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filter by end date</source>
        <translation>按截止日期筛选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Until date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>History</source>
        <translation>检查历史</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Entry count</source>
        <translation>条目数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Re-ru&amp;n</source>
        <translation>重新运行(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the selected check again</source>
        <translation>再次运行所选检查</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected entries</source>
        <translation>删除所选条目</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Clear all…</source>
        <translation>全部清除(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete every entry</source>
        <translation>删除所有条目</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export every matching entry</source>
        <translation>导出全部匹配记录</translation>
    </message>
    <message>
        <location filename="../ui/history/historywindow.cpp" line="+1"/>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✓ Can be created</source>
        <translation>✓ 可以创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>✗ Cannot be created</source>
        <translation>✗ 无法创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>! Failed</source>
        <translation>! 失败</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History is not available: %1 Checks still work; they are just not recorded.</source>
        <translation>检查历史不可用：%1检查仍可正常进行，只是不会被记录。</translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>%Ln matching entry(s)</source>
        <translation>
            <numerusform>共 %Ln 条匹配记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting the matching entries…</source>
        <translation>正在统计匹配记录…</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Clear History</source>
        <translation>清除检查历史</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every recorded check? This cannot be undone.</source>
        <translation>是否删除所有已记录的检查？此操作无法撤销。</translation>
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
        <location line="+9"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Refresh regions</source>
        <translation>刷新地域(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Load the origin and access region lists again from Tencent Cloud</source>
        <translation>从腾讯云重新加载源站地域和加速地域列表</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the open matrix or the history as CSV or JSON</source>
        <translation>将打开的容量矩阵或检查历史保存为 CSV 或 JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find Capacity…</source>
        <translation>查找容量(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find the access regions that can serve at least a bandwidth and a concurrency, cheapest first</source>
        <translation>查找能提供至少指定带宽和并发的加速地域，按价格从低到高排列</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Watches…</source>
        <translation>监视列表(&amp;W)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connections being watched, with their last answer</source>
        <translation>正在监视的通道及其最近结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+W</source>
        <translation>Ctrl+Shift+W</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Matrix…</source>
        <translation>容量矩阵(&amp;M)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every access region, bandwidth and concurrency of an origin</source>
        <translation>检查某个源站地域的每个加速地域、每种带宽和并发</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;History…</source>
        <translation>检查历史(&amp;H)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every check recorded on this computer</source>
        <translation>本机记录的所有检查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <source>&amp;Profiles…</source>
        <translation>配置档案(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, verify and remove the key pairs the app signs requests with</source>
        <translation>添加、验证和删除本应用用于签名请求的密钥对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default endpoint, language, request timeout and proxy</source>
        <translation>默认 API 接入点、语言、请求超时和代理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About GAAP Capacity Check</source>
        <translation>关于 GAAP Capacity Check(&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+109"/>
        <source>Endpoint: %1</source>
        <translation>API 接入点：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Endpoint</source>
        <translation>API 接入点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock skew</source>
        <translation>时钟偏差</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Profile: none</source>
        <translation>配置档案：无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile: %1</source>
        <translation>配置档案：%1</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Nothing to export: the matrix has no answers yet.</source>
        <translation>没有可导出的内容：容量矩阵尚无任何结果。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History is not available: %1</source>
        <translation>检查历史不可用：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History is not available.</source>
        <translation>检查历史不可用。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Export Matrix</source>
        <translation>导出容量矩阵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export History</source>
        <translation>导出检查历史</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Exporting the history to %1…</source>
        <translation>正在将检查历史导出到 %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Exported %n matrix cell(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个矩阵单元格导出到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n of them were not checked (the run was cancelled): they say &quot;pending&quot;.</source>
        <translation>
            <numerusform>其中 %n 个单元格未检查（运行已取消）：它们标为“pending”。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Clock %1 s behind Tencent Cloud (corrected)</source>
        <translation>本机时钟比腾讯云慢 %1 秒（已校正）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clock %1 s ahead of Tencent Cloud (corrected)</source>
        <translation>本机时钟比腾讯云快 %1 秒（已校正）</translation>
    </message>
    <message>
        <location line="+86"/>
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
    <name>MatrixGrid</name>
    <message>
        <location filename="../ui/matrix/matrixgrid.cpp" line="+81"/>
        <source>Summary for %1</source>
        <translation>%1 的汇总</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity of %1: rows concurrency, columns bandwidth</source>
        <translation>%1 的容量：行为并发，列为带宽</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>· not yet</source>
        <translation>· 未检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>… checking</source>
        <translation>… 正在检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ yes</source>
        <translation>✓ 可以</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ no</source>
        <translation>✗ 无法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>! error</source>
        <translation>! 出错</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1
%2
Checked at %3
RequestId: %4</source>
        <translation>%1
%2
检查时间：%3
RequestId：%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can be created</source>
        <translation>可以创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot be created</source>
        <translation>无法创建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1 yes, %2 no, %n error(s)</source>
        <translation>
            <numerusform>%1 个可以，%2 个不可以，%n 个出错</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Largest that can be created: %1 × %2 (%3)</source>
        <translation>可创建的最大配置：%1 × %2（%3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest that can be created, none larger than another in both: %1 (%2)</source>
        <translation>可创建的最大配置（互不在两项上都更大）：%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No answer so far: %n check(s) failed</source>
        <translation>
            <numerusform>暂无结果：%n 次检查失败</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No answer: %n check(s) failed; see the cells, then Re-check failed cells</source>
        <translation>
            <numerusform>没有结果：%n 次检查失败；请查看各单元格，然后“重新检查失败的单元格”</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None of the answers so far can be created (%1)</source>
        <translation>目前已得到的结果均不可创建（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None of the checked configurations can be created (%1)</source>
        <translation>已检查的配置均不可创建（%1）</translation>
    </message>
</context>
<context>
    <name>MatrixWindow</name>
    <message>
        <location filename="../ui/matrix/matrixwindow.ui" line="+14"/>
        <source>Capacity Matrix</source>
        <translation>容量矩阵</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Origin region:</source>
        <translation>源站地域(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Origin region</source>
        <translation>源站地域</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;IP version:</source>
        <translation>IP 版本(&amp;I)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IP version</source>
        <translation>IP 版本</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Package type:</source>
        <translation>通道类型(&amp;P)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Package type</source>
        <translation>通道类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Network type:</source>
        <translation>网络类型(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Network type</source>
        <translation>网络类型</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Access regions:</source>
        <translation>加速地域(&amp;A)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Access regions to check</source>
        <translation>要检查的加速地域</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Access region list state</source>
        <translation>加速地域列表状态</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Bandwidths:</source>
        <translation>带宽(&amp;B)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bandwidths to check</source>
        <translation>要检查的带宽</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Con&amp;currencies:</source>
        <translation>并发(&amp;C)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Concurrencies to check</source>
        <translation>要检查的并发</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cance&amp;l</source>
        <translation>取消(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the matrix</source>
        <translation>取消容量矩阵检查</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Re-check failed cells</source>
        <translation>重新检查失败的单元格(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the matrix</source>
        <translation>导出容量矩阵</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Matrix progress</source>
        <translation>容量矩阵进度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Matrix status</source>
        <translation>容量矩阵状态</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Capacity grids</source>
        <translation>容量网格</translation>
    </message>
    <message>
        <location filename="../ui/matrix/matrixwindow.cpp" line="+383"/>
        <source>Choose an origin and press Start.</source>
        <translation>请选择源站地域，然后点击“开始”。</translation>
    </message>
    <message>
        <location line="-158"/>
        <location line="+92"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>The access regions could not be loaded.</source>
        <translation>无法加载加速地域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The access regions could not be refreshed.</source>
        <translation>无法刷新加速地域。</translation>
    </message>
    <message>
        <location line="+174"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 / %2 · about %3 s left</source>
        <translation>%1 / %2 · 约剩 %3 秒</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Cancelled: %1 of %n cell(s) checked; the others stay empty.</source>
        <translation>
            <numerusform>已取消：%n 个单元格中已检查 %1 个；其余保持为空。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Finished: all %n cell(s) checked.</source>
        <translation>
            <numerusform>已完成：全部 %n 个单元格均已检查。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-1"/>
        <source>Finished with %n failed cell(s): Re-check failed cells sends them again.</source>
        <translation>
            <numerusform>已完成，%n 个单元格失败：点击“重新检查失败的单元格”可重新发送这些检查。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../app/core/settings/preferences.cpp" line="+205"/>
        <source>Enter the proxy&apos;s host name or IP address.</source>
        <translation>请输入代理服务器的主机名或 IP 地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter only the proxy&apos;s host name, without http:// (for example proxy.example.com).</source>
        <translation>只需输入代理服务器的主机名，不要带 http://（例如 proxy.example.com）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the proxy&apos;s port in the port field, not after the host name.</source>
        <translation>请在“端口”字段中输入代理服务器的端口，不要写在主机名后面。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a host name or IP address.</source>
        <translation>“%1”不是有效的主机名或 IP 地址。</translation>
    </message>
</context>
<context>
    <name>ProfileManager</name>
    <message>
        <location filename="../app/core/credentials/profilemanager.cpp" line="+75"/>
        <source>Enter both the SecretId and the SecretKey (CAM console, API key management).</source>
        <translation>请同时输入 SecretId 和 SecretKey，二者可在访问管理（CAM）控制台的 API 密钥管理页面获取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SecretId and SecretKey contain no spaces or line breaks; copy them again from the CAM console.</source>
        <translation>SecretId 和 SecretKey 不含空格或换行符；请从访问管理（CAM）控制台重新复制。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The session token holds a line break or another control character; copy it again.</source>
        <translation>会话令牌中含有换行符或其他控制字符，请重新复制。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY are not set.</source>
        <translation>未设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置档案。</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The Environment profile cannot be changed.</source>
        <translation>来自环境变量的配置档案“Environment”不可更改。</translation>
    </message>
</context>
<context>
    <name>ProfileRegistry</name>
    <message>
        <location filename="../app/core/credentials/profileregistry.cpp" line="+34"/>
        <source>A profile name has 1 to 64 letters, digits, spaces, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (got &quot;%1&quot;).</source>
        <translation>配置档案名称须由 1 到 64 个英文字母、数字、空格、“.”、“_”或“-”组成（实际为“%1”）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is reserved for the keys from the environment variables.</source>
        <translation>名称“%1”已保留给来自环境变量的密钥，不可使用。</translation>
    </message>
</context>
<context>
    <name>ProfileVerifier</name>
    <message numerus="yes">
        <location filename="../app/core/session/profileverifier.cpp" line="+39"/>
        <source>The key works: %n origin region(s), RequestId %1.</source>
        <translation>
            <numerusform>密钥有效：查询到 %n 个源站地域，RequestId 为 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <location filename="../ui/settings/profilesdialog.ui" line="+14"/>
        <location line="+20"/>
        <source>Profiles</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>&amp;Profiles:</source>
        <translation>配置档案(&amp;P)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a profile</source>
        <translation>添加配置档案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove…</source>
        <translation>删除(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the selected profile</source>
        <translation>删除所选配置档案</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set as &amp;default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the selected profile by default</source>
        <translation>将所选配置档案设为默认</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Profile name</source>
        <translation>配置档案名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For example: production</source>
        <translation>例如：production</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sit&amp;e:</source>
        <translation>站点(&amp;E)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>China (gaap.tencentcloudapi.com)</source>
        <translation>中国站（gaap.tencentcloudapi.com）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>International (gaap.intl.tencentcloudapi.com)</source>
        <translation>国际站（gaap.intl.tencentcloudapi.com）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom endpoint</source>
        <translation>自定义 API 接入点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endpoint &amp;URL:</source>
        <translation>API 接入点 URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Endpoint URL</source>
        <translation>API 接入点 URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://host[:port]</source>
        <translation>https://host[:port]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint problem</source>
        <translation>API 接入点问题</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secret&amp;Id:</source>
        <translation>SecretId(&amp;I)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Secret&amp;Key:</source>
        <translation>SecretKey(&amp;K)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Session &amp;token:</source>
        <translation>会话令牌(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Session token (optional)</source>
        <translation>会话令牌（可选）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verify the key with Tencent Cloud</source>
        <translation>通过腾讯云验证该密钥</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the profile</source>
        <translation>保存配置档案</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Status icon</source>
        <translation>状态图标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
    <message>
        <location filename="../ui/settings/profilesdialog.cpp" line="+89"/>
        <source>from environment variables, read-only</source>
        <translation>来自环境变量，只读</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>；</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This profile comes from the TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY environment variables and cannot be changed here. Verify tries it.</source>
        <translation>此配置档案来自环境变量 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，无法在此更改。可点击“验证”对其进行测试。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Enter a name and the key pair from the CAM console (API key management), then verify or save it.</source>
        <translation>请输入名称以及从访问管理（CAM）控制台的 API 密钥管理页面获取的密钥对，然后进行验证或保存。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stored in the keychain; kept when left empty</source>
        <translation>已保存在钥匙串中；留空则保持不变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the environment variables</source>
        <translation>来自环境变量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AKID…</source>
        <translation>AKID…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the CAM console (API key management)</source>
        <translation>从 CAM 控制台的 API 密钥管理页面获取</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for temporary keys</source>
        <translation>仅用于临时密钥</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+1"/>
        <source>From the environment: %1</source>
        <translation>来自环境变量：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored: %1 (kept when left empty)</source>
        <translation>已保存：%1（留空则保持不变）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A token is stored; kept when all key fields are left empty</source>
        <translation>已保存令牌；所有密钥字段均留空时保持不变</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+57"/>
        <source>Correct the endpoint first.</source>
        <translation>请先更正 API 接入点。</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>A profile named &quot;%1&quot; already exists: select it in the list to change it.</source>
        <translation>名为“%1”的配置档案已存在：如需修改，请在列表中选中它。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saving &quot;%1&quot; to the keychain…</source>
        <translation>正在将“%1”保存到钥匙串…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved &quot;%1&quot;; its key is in the keychain.</source>
        <translation>已保存“%1”；其密钥保存在钥匙串中。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved the endpoint of &quot;%1&quot;; the stored key is unchanged.</source>
        <translation>已保存“%1”的 API 接入点；已保存的密钥未更改。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the stored key…</source>
        <translation>正在读取已保存的密钥…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Asking %1 for the origin regions…</source>
        <translation>正在向 %1 查询源站地域…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove Profile</source>
        <translation>删除配置档案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the profile &quot;%1&quot; and delete its key from the keychain?</source>
        <translation>是否删除配置档案“%1”，并从钥匙串中删除其密钥？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key stays valid in Tencent Cloud; disable it in the CAM console if nobody needs it any more.</source>
        <translation>该密钥在腾讯云中仍然有效；如果不再需要，请在访问管理（CAM）控制台中将其禁用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Removing &quot;%1&quot;…</source>
        <translation>正在删除“%1”…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removed &quot;%1&quot; and its key.</source>
        <translation>已删除“%1”及其密钥。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is now the default profile.</source>
        <translation>已将“%1”设为默认配置档案。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>To rename a profile, add it under the new name and remove this one.</source>
        <translation>如需重命名配置档案，请以新名称添加，然后删除当前配置档案。</translation>
    </message>
</context>
<context>
    <name>ProxyGroupStatus</name>
    <message>
        <location filename="../app/core/gaap/proxygroup.cpp" line="+15"/>
        <source>Running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being created</source>
        <translation>创建中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being deleted</source>
        <translation>销毁中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being moved</source>
        <translation>迁移中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Being changed</source>
        <translation>变更中</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Unknown status (%1)</source>
        <translation>未知状态（%1）</translation>
    </message>
</context>
<context>
    <name>RegionComboModel</name>
    <message>
        <location filename="../ui/check/regioncombomodel.cpp" line="+68"/>
        <source>no RegionId</source>
        <translation>无 RegionId</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <comment>region name, RegionId</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data center</source>
        <translation>数据中心</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · edge</source>
        <comment>a region that is an edge node</comment>
        <translation>%1 · 边缘节点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edge node</source>
        <translation>边缘节点</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Area: %1</source>
        <translation>地区：%1</translation>
    </message>
</context>
<context>
    <name>RegionFeatures</name>
    <message>
        <location filename="../app/core/gaap/gaaptypes.cpp" line="+17"/>
        <source>Layer-4 acceleration</source>
        <translation>四层加速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections here can carry TCP and UDP listeners (layer 4).</source>
        <translation>此处的通道可以承载 TCP 和 UDP 监听器（四层）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer-7 acceleration</source>
        <translation>七层加速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connections here can carry HTTP and HTTPS listeners (layer 7).</source>
        <translation>此处的通道可以承载 HTTP 和 HTTPS 监听器（七层）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP/3 access</source>
        <translation>HTTP/3 接入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients can reach this region over HTTP/3 (QUIC).</source>
        <translation>客户端可以通过 HTTP/3（QUIC）接入此地域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients can reach this region over IPv6.</source>
        <translation>客户端可以通过 IPv6 接入此地域。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Premium BGP access</source>
        <translation>精品 BGP 接入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients can enter over premium BGP (cn2) lines, which take better routes at a higher price.</source>
        <translation>客户端可以通过精品 BGP（cn2）线路接入，线路更优，价格更高。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triple-carrier access</source>
        <translation>三网接入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clients can enter over the lines of all three Chinese carriers (Telecom, Unicom, Mobile).</source>
        <translation>客户端可以通过三大运营商（电信、联通、移动）的线路接入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access-segment QoS acceleration</source>
        <translation>接入段 QoS 加速</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Traffic between clients and this region is prioritised (QoS) on the access segment.</source>
        <translation>客户端与此地域之间的流量在接入段享有优先保障（QoS）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown feature (bit %1)</source>
        <translation>未知特性（第 %1 位）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tencent Cloud sets bit %1 of FeatureBitmap here, but does not document what it means.</source>
        <translation>腾讯云在此设置了 FeatureBitmap 的第 %1 位，但没有说明其含义。</translation>
    </message>
</context>
<context>
    <name>RequestParameters</name>
    <message>
        <location filename="../ui/check/requestparameters.ui" line="+14"/>
        <source>Parameters sent</source>
        <translation>发送的参数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>RealServerRegion</source>
        <translation>RealServerRegion</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>AccessRegion</source>
        <translation>AccessRegion</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bandwidth</source>
        <translation>Bandwidth</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Concurrent</source>
        <translation>Concurrent</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>IPAddressVersion</source>
        <translation>IPAddressVersion</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>NetworkType</source>
        <translation>NetworkType</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PackageType</source>
        <translation>PackageType</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GroupId</source>
        <translation>GroupId</translation>
    </message>
    <message>
        <location filename="../ui/check/requestparameters.cpp" line="+38"/>
        <source>(not sent)</source>
        <translation>（未发送）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (Mbps)</source>
        <translation>%1（Mbps）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (× 10,000 connections)</source>
        <translation>%1（× 1 万连接）</translation>
    </message>
</context>
<context>
    <name>RequestValidator</name>
    <message>
        <location filename="../app/core/gaap/requestvalidator.cpp" line="+25"/>
        <source>%1 is required: choose a region from the list.</source>
        <translation>%1 为必填项：请从列表中选择地域。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 &quot;%2&quot; is not a region ID (letters, digits, &apos;_&apos; and &apos;-&apos; only, such as SouthChina).</source>
        <translation>%1 的取值“%2”不是有效的地域 ID（只能包含字母、数字、“_”和“-”，例如 SouthChina）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 must be one of %2 (got &quot;%3&quot;).</source>
        <translation>%1 必须是 %2 之一（实际为“%3”）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 must be a positive whole number of %2.</source>
        <translation>%1 必须是正整数（单位：%2）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 is not offered in %3; choose one of: %4 (%5).</source>
        <translation>加速地域 %3 不提供 %1 %2；请从以下取值中选择：%4（单位：%5）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The server&apos;s entry for access region %1 cannot be used (%2). Choose another access region, or refresh the list later.</source>
        <translation>服务器返回的加速区域 %1 的条目无法使用（%2）。请选择其他加速区域，或稍后刷新列表。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mbps</source>
        <translation>Mbps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10,000 connections</source>
        <translation>万并发</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NetworkType must be a network type the origin offers, such as %1 (got &quot;%2&quot;).</source>
        <translation>NetworkType 必须是源站区域提供的网络类型，例如 %1（实际为“%2”）。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>GroupId &quot;%1&quot; is not a connection group ID: it looks like lg-1a2b3c4d (&quot;lg-&quot; and 8 lowercase letters or digits).</source>
        <translation>GroupId 的取值“%1”不是有效的通道组 ID：格式应类似 lg-1a2b3c4d（“lg-”加 8 位小写字母或数字）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>ProjectId must be -1 (all projects), 0 (the default project) or a project&apos;s ID (got %1).</source>
        <translation>ProjectId 必须为 -1（所有项目）、0（默认项目）或某个项目的 ID（收到 %1）。</translation>
    </message>
</context>
<context>
    <name>ResultCard</name>
    <message>
        <location filename="../ui/check/resultcard.ui" line="+14"/>
        <source>Check result</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No check yet: choose a connection and press Check.</source>
        <translation>尚未检查：请选择通道参数后点击“检查”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The form has changed since this check: these answers are for the connection listed below, not for the one chosen now. Press Check to ask about the new choice.</source>
        <translation>检查之后表单已更改：这些结果针对下面列出的连接，而不是现在选择的连接。请按“检查”查询新的选择。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The answer is out of date</source>
        <translation>结果已过时</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Answer icon</source>
        <translation>结果图标</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancel check (Esc)</source>
        <translation>取消检查 (Esc)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel the check that is waiting for an answer</source>
        <translation>取消正在等待结果的检查</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Why the check failed</source>
        <translation>检查失败的原因</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the same check again</source>
        <translation>再次发送相同的检查</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Checked at:</source>
        <translation>检查时间：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time of the check (local time)</source>
        <translation>检查时间（本地时间）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>RequestId:</source>
        <translation>RequestId：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cop&amp;y RequestId</source>
        <translation>复制 RequestId(&amp;Y)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the RequestId to the clipboard</source>
        <translation>将 RequestId 复制到剪贴板</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Price:</source>
        <translation>价格：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Billing type of the price</source>
        <translation>价格的计费方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price by bandwidth or by traffic (InquiryPriceCreateProxy&apos;s BillingType); also used by the hand-over</source>
        <translation>按带宽或按流量计费的价格（InquiryPriceCreateProxy 的 BillingType）；交接下单时也使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By bandwidth</source>
        <translation>按带宽计费</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>By traffic</source>
        <translation>按流量计费</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy as tcc&amp;li command</source>
        <translation>复制为 tccli 命令(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as a tccli command</source>
        <translation>将请求复制为 tccli 命令</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy request as &amp;JSON</source>
        <translation>复制请求 JSON(&amp;J)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the request as JSON</source>
        <translation>将请求复制为 JSON</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Clipboard status</source>
        <translation>剪贴板状态</translation>
    </message>
    <message>
        <location filename="../ui/check/resultcard.cpp" line="+91"/>
        <source>The RequestId is on the clipboard.</source>
        <translation>RequestId 已复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The tccli command is on the clipboard.</source>
        <translation>tccli 命令已复制到剪贴板。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request JSON is on the clipboard.</source>
        <translation>请求 JSON 已复制到剪贴板。</translation>
    </message>
    <message numerus="yes">
        <location line="+146"/>
        <source>Cancelled after %n s</source>
        <translation>
            <numerusform>%n 秒后已取消</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Asking for the price…</source>
        <translation>正在询价…</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1 (local time)</source>
        <translation>%1（本地时间）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>InquiryPriceCreateProxy RequestId: %1</source>
        <translation>InquiryPriceCreateProxy RequestId：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>none given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Checking… no answer yet after %n s</source>
        <translation>
            <numerusform>正在检查…已等待 %n 秒，尚无结果</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No answer: you cancelled the check. Press Check to ask again.</source>
        <translation>没有结果：您已取消检查。按“检查”重新查询。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Can be created</source>
        <translation>可以创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cannot be created</source>
        <translation>无法创建</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No answer: the check failed</source>
        <translation>没有结果：检查失败</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <location filename="../ui/find/searchresultmodel.cpp" line="+102"/>
        <source>%1 (%2)</source>
        <comment>region name, RegionId</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access region</source>
        <translation>加速地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bandwidth</source>
        <translation>带宽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concurrency</source>
        <translation>并发</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily cost</source>
        <translation>每日费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>SearchText</name>
    <message>
        <location filename="../app/core/session/searchtext.cpp" line="+22"/>
        <source>can be created</source>
        <translation>可以创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be created</source>
        <translation>不能创建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not offered</source>
        <translation>不提供</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check failed</source>
        <translation>检查失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unusable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pending</source>
        <translation>未应答</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>offers at most %1 Mbps</source>
        <translation>最多提供 %1 Mbps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offers at most %1 × 10,000 connections</source>
        <translation>最多提供 %1 万连接</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s entry cannot be used (%1)</source>
        <translation>服务器返回的条目无法使用（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no capacity for this configuration now</source>
        <translation>目前此配置没有容量</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>asking for the price…</source>
        <translation>正在询价…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price unavailable: %1</source>
        <translation>无法获取价格：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plus %1 per GB of traffic</source>
        <translation>另加每 GB 流量 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.ui" line="+14"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default endpoint</source>
        <translation>默认 API 接入点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Where requests go when no profile is chosen or the profile names no endpoint of its own.</source>
        <translation>未选择配置档案，或所选配置档案未指定自己的 API 接入点时，请求将发送到此处。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sit&amp;e:</source>
        <translation>站点(&amp;E)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default site</source>
        <translation>默认站点</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>China (gaap.tencentcloudapi.com)</source>
        <translation>中国站（gaap.tencentcloudapi.com）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>International (gaap.intl.tencentcloudapi.com)</source>
        <translation>国际站（gaap.intl.tencentcloudapi.com）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom endpoint</source>
        <translation>自定义 API 接入点</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Endpoint &amp;URL:</source>
        <translation>API 接入点 URL(&amp;U)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Default endpoint URL</source>
        <translation>默认 API 接入点 URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>https://host[:port]</source>
        <translation>https://host[:port]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Endpoint problem</source>
        <translation>API 接入点问题</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Language, appearance and requests</source>
        <translation>语言、外观和请求</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>User interface language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>A&amp;ppearance:</source>
        <translation>外观(&amp;P)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Colours of the windows</source>
        <translation>窗口的颜色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The desktop&apos;s colours, or light or dark ones; changes at once</source>
        <translation>使用桌面的颜色，或浅色、深色；立即生效</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Request &amp;timeout:</source>
        <translation>请求超时(&amp;T)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Request timeout in seconds</source>
        <translation>请求超时（秒）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long to wait for Tencent Cloud to answer one request</source>
        <translation>等待腾讯云响应单个请求的最长时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Proxy</source>
        <translation>代理</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use the &amp;system proxy settings</source>
        <translation>使用系统代理设置(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the system proxy settings</source>
        <translation>使用系统代理设置</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;No proxy</source>
        <translation>不使用代理(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No proxy</source>
        <translation>不使用代理</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Manual HTTP proxy:</source>
        <translation>手动设置 HTTP 代理(&amp;M)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Manual HTTP proxy</source>
        <translation>手动设置 HTTP 代理</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy host</source>
        <translation>代理主机</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proxy.example.com</source>
        <translation>proxy.example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Po&amp;rt:</source>
        <translation>端口(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Proxy port</source>
        <translation>代理端口</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Proxy problem</source>
        <translation>代理问题</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dialog buttons</source>
        <translation>对话框按钮</translation>
    </message>
</context>
<context>
    <name>WatchController</name>
    <message>
        <location filename="../ui/watch/watchcontroller.cpp" line="+115"/>
        <source>%1 → %2, %3 × %4 can be created now (RequestId %5).</source>
        <translation>%1 → %2，%3 × %4 现在可以创建（RequestId %5）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1, at least %2 × %3 can be created now in %4.</source>
        <translation>从 %1 出发，至少 %2 × %3 现在可以在以下地域创建：%4。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>WatchTray</name>
    <message>
        <location filename="../ui/watch/watchtray.cpp" line="+49"/>
        <source>Show GAAP Capacity Check</source>
        <translation>显示 GAAP Capacity Check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watches…</source>
        <translation>监视列表…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GAAP Capacity Check: watching for capacity</source>
        <translation>GAAP Capacity Check：正在监视容量</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Capacity available</source>
        <translation>有可用容量</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still watching</source>
        <translation>仍在监视</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>GAAP Capacity Check keeps %n watch(es) running in the background; Quit from this icon&apos;s menu stops them.</source>
        <translation>
            <numerusform>GAAP Capacity Check 在后台继续运行 %n 个监视；从此图标的菜单中选择“退出”可停止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WatchesWindow</name>
    <message>
        <location filename="../ui/watch/watcheswindow.ui" line="+14"/>
        <source>Watches</source>
        <translation>监视列表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each watch checks its connection, or searches every access region for its requirement, again and again and tells you when the answer changes; a tray notification says when one can be created. Watches are kept across restarts, and run while the profile they were made with is the one in use.</source>
        <translation>每个监视会反复检查其通道，或为其需求搜索每个加速地域，并在结果变化时告诉您；可以创建时托盘会发出通知。监视在重启后保留，并在创建它的配置档案正在使用时运行。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Watched connections</source>
        <translation>监视的通道</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Check e&amp;very:</source>
        <translation>检查间隔(&amp;V)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Minutes between checks</source>
        <translation>两次检查之间的分钟数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../ui/watch/watcheswindow.cpp" line="+180"/>
        <source>&amp;Open in the main window</source>
        <translation>在主窗口中打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A watched connection is checked in the main window; a watched search runs in Find Capacity, with prices</source>
        <translation>监视的通道在主窗口中检查；监视的搜索在“查找容量”中运行，并询价</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/watch/watcheswindow.cpp" line="-145"/>
        <source>not checked yet</source>
        <translation>尚未检查</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ can be created in %1</source>
        <translation>✓ 可以在 %1 创建</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ can be created</source>
        <translation>✓ 可以创建</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ no access region can serve this</source>
        <translation>✗ 没有加速地域能满足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ cannot be created</source>
        <translation>✗ 不能创建</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>! check failed (%1)</source>
        <translation>! 检查失败（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 at %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 × %3</source>
        <translation>%1：%2 × %3</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Connection</source>
        <translation>通道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile</source>
        <translation>配置档案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every</source>
        <translation>间隔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last answer</source>
        <translation>最近结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next check</source>
        <translation>下次检查</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>waits: profile %1 is not in use</source>
        <translation>等待中：配置档案 %1 未在使用</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n s</source>
        <translation>
            <numerusform>%n 秒后</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Open in Find Capacity</source>
        <translation>在“查找容量”中打开(&amp;O)</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>%1 → %2 · %3 · %4</source>
        <translation>%1 → %2 · %3 · %4</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>%1 → any access region · at least %2 · at least %3</source>
        <translation>%1 → 任意加速地域 · 至少 %2 · 至少 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+102"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+75"/>
        <source>Invalid endpoint</source>
        <translation>API 接入点无效</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no profile named &quot;%1&quot;. Add it in Settings &gt; Profiles, or run gaap-capacity-cli profile list to see the names.</source>
        <translation>没有名为“%1”的配置档案。请在“设置 &gt; 配置档案”中添加，或运行 gaap-capacity-cli profile list 查看已有名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown Profile</source>
        <translation>未知配置档案</translation>
    </message>
</context>
</TS>
