<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
  <context>
    <name>AboutDialog</name>
    <message>
      <location filename="../../facemood/gui/about.py" line="80" />
      <source>About FaceMood</source>
      <translation>FaceMood 정보</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="104" />
      <source>Plays music from your own library that fits the mood your face shows.</source>
      <translation>얼굴에 드러난 기분에 맞는 음악을 내 음악 보관함에서 골라 들려줍니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="105" />
      <source>How it works</source>
      <translation>어떻게 동작하나요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="108" />
      <source>FaceMood finds your face in the camera picture and reads its expression (angry, disgusted, afraid, happy, sad, surprised or neutral) with a small neural network. It follows the mood that lasts a moment, so a glance does not change the music. It can match your mood or lift it, and you can always choose the music yourself.</source>
      <translation>FaceMood는 카메라 화면에서 얼굴을 찾아 작은 신경망으로 표정(화남, 역겨움, 두려움, 행복, 슬픔, 놀람, 무표정)을 읽습니다. 잠깐 스친 표정이 아니라 한동안 이어지는 기분을 따라가므로 한 번 흘끗 본 것으로는 음악이 바뀌지 않습니다. 기분에 맞추거나 기분을 북돋는 음악을 고를 수 있고, 언제든 직접 음악을 정할 수도 있습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="115" />
      <source>Your privacy</source>
      <translation>개인정보</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="118" />
      <source>Everything runs on this computer, without a network connection. Camera pictures are never stored or sent anywhere; only photos you capture yourself (Shift+C) are saved.</source>
      <translation>모든 처리는 네트워크 연결 없이 이 컴퓨터에서 이루어집니다. 카메라 화면은 저장되거나 어디로도 전송되지 않으며, 직접 찍은 사진(Shift+C)만 저장됩니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="123" />
      <source>How reliable it is</source>
      <translation>얼마나 정확한가요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="126" />
      <source>Like people, it is sure of clear expressions and unsure of subtle ones. Dim light, a face turned away or glasses with reflections make it less reliable; recording your neutral face (Mood menu) helps it know you.</source>
      <translation>사람처럼 뚜렷한 표정은 잘 알아보고 미묘한 표정은 헷갈려 합니다. 어두운 조명, 돌린 얼굴, 빛이 반사되는 안경은 정확도를 떨어뜨립니다. 내 무표정 얼굴을 기록해 두면(기분 메뉴) 나를 더 잘 알아봅니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="136" />
      <source>The model card: how the model was trained and tested</source>
      <translation>모델 카드: 모델을 어떻게 학습하고 시험했는지</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="140" />
      <source>Sample photos</source>
      <translation>예시 사진</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="142" />
      <source>Face detector: MediaPipe BlazeFace (Google, Apache 2.0)</source>
      <translation>얼굴 검출기: MediaPipe BlazeFace (Google, Apache 2.0)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="144" />
      <source>Demo music, made for FaceMood</source>
      <translation>FaceMood를 위해 만든 데모 음악</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="145" />
      <source>Korean font: a subset of NanumGothic (NAVER, SIL OFL 1.1)</source>
      <translation>한글 글꼴: 나눔고딕의 일부 (NAVER, SIL OFL 1.1)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="147" />
      <source>Credits</source>
      <translation>만든 사람들</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="156" />
      <source>Made with</source>
      <translation>사용한 라이브러리</translation>
    </message>
  </context>
  <context>
    <name>CrashReports</name>
    <message>
      <location filename="../../facemood/gui/about.py" line="177" />
      <source>Crash reports</source>
      <translation>오류 보고서</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="179" />
      <source>No new crash reports.</source>
      <translation>새 오류 보고서가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="183" />
      <source>FaceMood closed unexpectedly last time. {n} crash report(s) were saved.</source>
      <translation>지난번에 FaceMood가 예기치 않게 종료되었습니다. 오류 보고서 {n}개가 저장되었습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="189" />
      <source>The report stays on this computer. Please attach it when you report the problem.</source>
      <translation>보고서는 이 컴퓨터에만 있습니다. 문제를 알릴 때 첨부해 주세요.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="200" />
      <source>Open folder</source>
      <translation>폴더 열기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/about.py" line="203" />
      <source>Dismiss</source>
      <translation>닫기</translation>
    </message>
  </context>
  <context>
    <name>Emotion</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="17" />
      <source>angry</source>
      <translation>화남</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="18" />
      <source>disgusted</source>
      <translation>역겨움</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="19" />
      <source>afraid</source>
      <translation>두려움</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="20" />
      <source>happy</source>
      <translation>행복</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="21" />
      <source>sad</source>
      <translation>슬픔</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="22" />
      <source>surprised</source>
      <translation>놀람</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="23" />
      <source>neutral</source>
      <translation>무표정</translation>
    </message>
  </context>
  <context>
    <name>LibraryPanel</name>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="223" />
      <source>Choose folder…</source>
      <translation>폴더 선택…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="224" />
      <source>Rescan</source>
      <translation>다시 검색</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="225" />
      <source>Cancel scan</source>
      <translation>검색 취소</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="226" />
      <location filename="../../facemood/gui/library_panel.py" line="228" />
      <source>Mood</source>
      <translation>분위기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="226" />
      <source>Tracks</source>
      <translation>곡</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="228" />
      <source>Title</source>
      <translation>제목</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="228" />
      <source>Artist</source>
      <translation>아티스트</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="228" />
      <location filename="../../facemood/gui/library_panel.py" line="230" />
      <source>File</source>
      <translation>파일</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="230" />
      <source>Reason</source>
      <translation>이유</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="231" />
      <source>Tracks (double-click to play, right-click for more)</source>
      <translation>곡 (두 번 클릭하면 재생, 오른쪽 클릭하면 더 보기)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="232" />
      <source>Tracks per mood</source>
      <translation>분위기별 곡 수</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="233" />
      <source>Skipped files</source>
      <translation>건너뛴 파일</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="234" />
      <source>Tag selected tracks as</source>
      <translation>선택한 곡의 분위기 태그:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="235" />
      <source>Write tag</source>
      <translation>태그 쓰기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="249" />
      <source>Music folder: {path}</source>
      <translation>음악 폴더: {path}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="255" />
      <location filename="../../facemood/gui/library_panel.py" line="261" />
      <source>Scanning…</source>
      <translation>검색 중…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="266" />
      <source>{done} of {total} files</source>
      <translation>파일 {total}개 중 {done}개</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="275" />
      <source>Listening to untagged tracks: {done} of {total}</source>
      <translation>태그 없는 곡 듣는 중: {total}곡 중 {done}곡</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="283" />
      <source>{mood} · estimated {percent} %</source>
      <translation>{mood} · 추정 {percent} %</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="295" />
      <source>Estimated from the audio: energy {arousal} %, positive mood {valence} %, {tempo} BPM, {mode}. Tag it to correct it.</source>
      <translation>소리로 추정했습니다: 에너지 {arousal} %, 긍정적인 분위기 {valence} %, {tempo} BPM, {mode}. 고치려면 태그를 붙이세요.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="301" />
      <source>major</source>
      <translation>장조</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="301" />
      <source>minor</source>
      <translation>단조</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="306" />
      <source>Mood from its {source}: {raw}</source>
      <translation>{source}에서 온 분위기: {raw}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="316" />
      <source>mood tag</source>
      <translation>분위기 태그</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="317" />
      <source>folder</source>
      <translation>폴더</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="318" />
      <source>playlist</source>
      <translation>재생 목록</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="319" />
      <source>genre</source>
      <translation>장르</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="336" />
      <source>{tracks} tracks, {skipped} skipped</source>
      <translation>곡 {tracks}개, 건너뜀 {skipped}개</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="340" />
      <source>(cancelled)</source>
      <translation>(취소됨)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="385" />
      <source>Play</source>
      <translation>재생</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="386" />
      <source>Tag as</source>
      <translation>분위기 태그</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="393" />
      <source>Write the estimated moods as tags</source>
      <translation>추정한 분위기를 태그로 쓰기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="396" />
      <source>Show in folder</source>
      <translation>폴더에서 보기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="424" />
      <source>Select tracks first.</source>
      <translation>먼저 곡을 선택하세요.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="430" />
      <source>{n} files tagged.</source>
      <translation>파일 {n}개에 태그를 썼습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_panel.py" line="432" />
      <source>{n} failed: {why}</source>
      <translation>{n}개 실패: {why}</translation>
    </message>
  </context>
  <context>
    <name>LiveView</name>
    <message>
      <location filename="../../facemood/gui/live_view.py" line="103" />
      <source>Emotions (thick: smoothed, thin: this frame)</source>
      <translation>감정 (굵은 막대: 평균, 얇은 막대: 현재 프레임)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/live_view.py" line="104" />
      <source>Now playing</source>
      <translation>재생 중</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/live_view.py" line="105" />
      <source>Up next in this mood (double-click to play)</source>
      <translation>이 분위기의 다음 곡 (두 번 클릭하면 재생)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/live_view.py" line="107" />
      <source>Analysis paused — the camera is off.
Resume with File → Resume analysis.</source>
      <translation>분석이 일시 정지되었습니다 — 카메라가 꺼져 있습니다.
파일 → 분석 다시 시작으로 재개하세요.</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="252" />
      <source>FaceMood</source>
      <translation>FaceMood</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="253" />
      <source>Live</source>
      <translation>실시간</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="254" />
      <source>Library</source>
      <translation>보관함</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="297" />
      <source>Open a video or photo</source>
      <translation>동영상 또는 사진 열기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="299" />
      <source>Videos and photos ({patterns});;All files (*)</source>
      <translation>동영상과 사진 ({patterns});;모든 파일 (*)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="387" />
      <source>{fps:.0f} fps</source>
      <translation>{fps:.0f} fps</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="388" />
      <source>analysis {ms:.1f} ms</source>
      <translation>분석 {ms:.1f} ms</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="390" />
      <source>- fps</source>
      <translation>- fps</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/photo_capture.py" line="60" />
      <source>Saved to {path}</source>
      <translation>저장했습니다: {path}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/photo_capture.py" line="68" />
      <source>The photo could not be saved: {why}</source>
      <translation>사진을 저장하지 못했습니다: {why}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teaching.py" line="64" />
      <source>Start the camera to teach it your face</source>
      <translation>내 얼굴을 알려주려면 카메라를 켜세요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teaching.py" line="76" />
      <source>FaceMood now knows your face</source>
      <translation>이제 FaceMood가 내 얼굴을 압니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teaching.py" line="82" />
      <source>What you taught was removed</source>
      <translation>알려준 내용을 지웠습니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/notices.py" line="37" />
      <source>Warnings of this session</source>
      <translation>이번 실행의 경고</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/notices.py" line="43" />
      <source>Warnings</source>
      <translation>경고</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/notices.py" line="45" />
      <source>{n} warnings in this session:</source>
      <translation>이번 실행의 경고 {n}개:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/application.py" line="215" />
      <source>FaceMood is still playing</source>
      <translation>FaceMood가 계속 재생 중입니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/application.py" line="216" />
      <source>It keeps running here. Quit it from this icon's menu.</source>
      <translation>여기에서 계속 실행됩니다. 끝내려면 이 아이콘의 메뉴를 쓰세요.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="82" />
      <source>Close FaceMood</source>
      <translation>FaceMood 닫기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="84" />
      <source>Closing the window stops FaceMood and its music.</source>
      <translation>창을 닫으면 FaceMood와 음악이 멈춥니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="87" />
      <source>FaceMood can keep playing in the system tray instead. You can change this any time in Settings → Window → Keep running in the tray.</source>
      <translation>대신 시스템 트레이에서 계속 재생할 수도 있습니다. 언제든 설정 → 창 → 창을 닫을 때에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="94" />
      <source>Keep running in the tray</source>
      <translation>트레이에서 계속 실행</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="98" />
      <source>Quit</source>
      <translation>끝내기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/photo_capture.py" line="48" />
      <source>Nothing to capture yet</source>
      <translation>아직 찍을 화면이 없습니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/library_flow.py" line="69" />
      <source>Choose your music folder</source>
      <translation>음악 폴더 선택</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/main_window.py" line="453" />
      <source>Library: {n} tracks</source>
      <translation>보관함: {n}곡</translation>
    </message>
  </context>
  <context>
    <name>Message</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="43" />
      <source>You look angry</source>
      <translation>화가 난 것 같아요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="44" />
      <source>You look disgusted</source>
      <translation>불쾌해 보여요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="45" />
      <source>You look worried</source>
      <translation>걱정스러워 보여요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="46" />
      <source>You look happy</source>
      <translation>행복해 보여요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="47" />
      <source>You look sad</source>
      <translation>슬퍼 보여요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="48" />
      <source>You look surprised</source>
      <translation>놀란 것 같아요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="49" />
      <source>You look relaxed</source>
      <translation>편안해 보여요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="57" />
      <source>here is something to keep you smiling</source>
      <translation>계속 웃을 수 있는 음악을 틀어 드릴게요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="60" />
      <source>here is something that understands</source>
      <translation>마음을 알아주는 음악을 틀어 드릴게요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="61" />
      <source>here is something to calm you down</source>
      <translation>마음을 가라앉혀 줄 음악을 틀어 드릴게요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="62" />
      <source>here is something with energy</source>
      <translation>힘이 나는 음악을 틀어 드릴게요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="63" />
      <source>here is something loud to let it out</source>
      <translation>속이 시원해지는 강렬한 음악을 틀어 드릴게요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="76" />
      <source>Looking for your face…</source>
      <translation>얼굴을 찾는 중…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="79" />
      <source>You chose {mood} music</source>
      <translation>{mood} 음악을 직접 고르셨어요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="84" />
      <source>{look} — {offer}</source>
      <translation>{look} — {offer}</translation>
    </message>
  </context>
  <context>
    <name>MoodBox</name>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="338" />
      <source>…</source>
      <translation>…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="360" />
      <source>Your mood</source>
      <translation>지금 기분</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="361" />
      <source>Music:</source>
      <translation>음악:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="362" />
      <source>follow my face</source>
      <translation>내 얼굴 따라가기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="366" />
      <source>Resume auto</source>
      <translation>자동으로 돌아가기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="367" />
      <source>When neutral, play:</source>
      <translation>무표정일 때 재생:</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="369" />
      <source>calm</source>
      <translation>차분한 음악</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="370" />
      <source>energetic (focus)</source>
      <translation>활기찬 음악 (집중)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="371" />
      <source>keep current</source>
      <translation>지금 음악 유지</translation>
    </message>
  </context>
  <context>
    <name>MoodTimeline</name>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="205" />
      <source>seconds ago</source>
      <translation>초 전</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="205" />
      <source>minutes ago</source>
      <translation>분 전</translation>
    </message>
  </context>
  <context>
    <name>MusicMood</name>
    <message>
      <location filename="../../facemood/gui/texts.py" line="31" />
      <source>happy</source>
      <translation>행복한</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="32" />
      <source>sad</source>
      <translation>슬픈</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="33" />
      <source>calm</source>
      <translation>차분한</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="34" />
      <source>energetic</source>
      <translation>활기찬</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="35" />
      <source>aggressive</source>
      <translation>격렬한</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/texts.py" line="37" />
      <source>untagged</source>
      <translation>태그 없음</translation>
    </message>
  </context>
  <context>
    <name>NoCameraPanel</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="344" />
      <source>No camera</source>
      <translation>카메라 없음</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="347" />
      <source>No camera was found, or it was lost. Check that it is plugged in, allowed in the system's privacy settings and not used by another app.</source>
      <translation>카메라를 찾지 못했거나 연결이 끊겼습니다. 카메라가 연결되어 있는지, 시스템 개인정보 설정에서 허용되어 있는지, 다른 앱이 쓰고 있지 않은지 확인하세요.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="352" />
      <source>Nothing to show</source>
      <translation>표시할 화면 없음</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="353" />
      <source>This could not be opened: {what}</source>
      <translation>열 수 없습니다: {what}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="354" />
      <source>Trying again in the background…</source>
      <translation>백그라운드에서 다시 시도하는 중…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="356" />
      <source>Open a video or photo…</source>
      <translation>동영상 또는 사진 열기…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="357" />
      <source>Try again now</source>
      <translation>지금 다시 시도</translation>
    </message>
  </context>
  <context>
    <name>NowPlaying</name>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="135" />
      <source>Previous track</source>
      <translation>이전 곡</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="136" />
      <source>Play / pause</source>
      <translation>재생 / 일시 정지</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="137" />
      <source>Next track</source>
      <translation>다음 곡</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="138" />
      <source>♥ Like</source>
      <translation>♥ 좋아요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="139" />
      <source>Play this more often in this mood</source>
      <translation>이 분위기에서 이 곡을 더 자주 재생</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="140" />
      <source>Play less</source>
      <translation>덜 듣기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="142" />
      <source>Go to another song and play this one less often in this mood</source>
      <translation>다른 곡으로 넘어가고 이 분위기에서 이 곡을 덜 틉니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="144" />
      <source>Volume</source>
      <translation>음량</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="151" />
      <source>Nothing playing</source>
      <translation>재생 중인 곡 없음</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="157" />
      <source>Unknown artist</source>
      <translation>알 수 없는 아티스트</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="163" />
      <source>Mood: {mood}</source>
      <translation>분위기: {mood}</translation>
    </message>
  </context>
  <context>
    <name>PreviewWidget</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="156" />
      <source>No picture yet</source>
      <translation>아직 화면이 없습니다</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../facemood/settings/schema.py" line="40" />
      <source>Camera</source>
      <translation>카메라</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="107" />
      <source>My face</source>
      <translation>내 얼굴</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="113" />
      <source>Learn my resting face as I go</source>
      <translation>쉬는 얼굴을 사용하면서 익히기</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="120" />
      <source>Follow my own face (0-1)</source>
      <translation>내 얼굴 기준으로 읽기 (0-1)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="127" />
      <source>Learn a new face over (seconds)</source>
      <translation>새 얼굴을 익히는 시간 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="134" />
      <source>Catch up with a relaxed face over (seconds)</source>
      <translation>편안한 얼굴을 따라가는 시간 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="141" />
      <source>Adapt to my resting face over (seconds)</source>
      <translation>쉬는 얼굴에 적응하는 시간 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="152" />
      <source>Music folder</source>
      <translation>음악 폴더</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="200" />
      <source>Volume</source>
      <translation>음량</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="232" />
      <source>Language</source>
      <translation>언어</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="47" />
      <source>follow the largest face</source>
      <translation>가장 큰 얼굴 따라가기</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="48" />
      <source>average all faces</source>
      <translation>모든 얼굴의 평균</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="159" />
      <source>match my mood</source>
      <translation>내 기분에 맞추기</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="160" />
      <source>lift my mood</source>
      <translation>기분 끌어올리기</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="174" />
      <source>calm music</source>
      <translation>차분한 음악</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="175" />
      <source>energetic music (focus)</source>
      <translation>활기찬 음악 (집중)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="176" />
      <source>keep the current music</source>
      <translation>지금 음악 유지</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="184" />
      <source>fade to new music now</source>
      <translation>바로 새 음악으로 페이드</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="45" />
      <source>With several faces in view</source>
      <translation>화면에 얼굴이 여럿일 때</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="54" />
      <source>Face finder</source>
      <translation>얼굴 찾기 방식</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="73" />
      <source>React to expressions over (seconds)</source>
      <translation>표정을 지켜보는 시간 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="80" />
      <source>Change mood only when the new one leads by</source>
      <translation>새 기분이 이만큼 앞설 때만 바꾸기</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="87" />
      <source>Keep a mood at least (seconds)</source>
      <translation>한 기분을 최소한 유지하는 시간 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="94" />
      <source>Ignore expressions less sure than</source>
      <translation>이보다 확신이 낮은 표정은 무시</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="101" />
      <source>Count me as away after (seconds)</source>
      <translation>얼굴이 안 보이면 자리를 비운 것으로 보는 시간 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="157" />
      <source>Music for my mood</source>
      <translation>기분에 맞는 음악</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="167" />
      <source>My own choice</source>
      <translation>직접 고르기</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="172" />
      <source>When my face is relaxed, play</source>
      <translation>편안한 표정일 때 재생</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="182" />
      <source>When my mood changes</source>
      <translation>기분이 바뀌면</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="193" />
      <source>Fade between songs (seconds)</source>
      <translation>곡 사이 페이드 (초)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="219" />
      <source>Guess the mood of untagged tracks from their sound</source>
      <translation>태그 없는 곡의 분위기를 소리로 추측하기</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="205" />
      <source>Sound output</source>
      <translation>소리 출력</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="242" />
      <source>Save captured photos in</source>
      <translation>찍은 사진을 저장할 곳</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="247" />
      <source>Closing the window</source>
      <translation>창을 닫을 때</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="252" />
      <source>The mood timeline shows</source>
      <translation>기분 그래프에 보일 기간</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="56" />
      <source>the best one available</source>
      <translation>쓸 수 있는 가장 좋은 방식</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="57" />
      <source>BlazeFace (fast and accurate)</source>
      <translation>BlazeFace (빠르고 정확함)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="58" />
      <source>Haar cascade (older, frontal faces only)</source>
      <translation>Haar cascade (예전 방식, 정면 얼굴만)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="59" />
      <source>none (the whole picture is the face)</source>
      <translation>없음 (화면 전체를 얼굴로 봄)</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="161" />
      <source>my own choice per emotion</source>
      <translation>감정마다 직접 고르기</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="185" />
      <source>let the song finish first</source>
      <translation>지금 곡이 끝난 뒤에 바꾸기</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="234" />
      <source>system language</source>
      <translation>시스템 언어</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="254" />
      <source>the last minute</source>
      <translation>최근 1분</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="255" />
      <source>this whole session</source>
      <translation>이번 세션 전체</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="284" />
      <source>Camera and faces</source>
      <translation>카메라와 얼굴</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="289" />
      <source>Mood</source>
      <translation>기분</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="294" />
      <source>Music</source>
      <translation>음악</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="299" />
      <source>Library</source>
      <translation>보관함</translation>
    </message>
    <message>
      <location filename="../../facemood/settings/schema.py" line="302" />
      <source>Window</source>
      <translation>창</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="64" />
      <source>Choose a full path, e.g. with Browse…</source>
      <translation>전체 경로를 고르세요 (예: 찾아보기… 사용)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="66" />
      <source>This folder does not exist.</source>
      <translation>이 폴더가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="68" />
      <source>This is a file, not a folder.</source>
      <translation>폴더가 아니라 파일입니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="70" />
      <source>Neither this folder nor the one it would go in exists.</source>
      <translation>이 폴더도, 이 폴더가 들어갈 폴더도 없습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="81" />
      <source>Browse…</source>
      <translation>찾아보기…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="91" />
      <source>Choose a folder</source>
      <translation>폴더 선택</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="123" />
      <source>(as with “match my mood”)</source>
      <translation>(“기분에 맞추기”와 같음)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="149" />
      <source>Teach it your face…</source>
      <translation>내 얼굴 알려주기…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="188" />
      <source>system default</source>
      <translation>시스템 기본값</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="194" />
      <source>none (silent)</source>
      <translation>없음 (소리 안 냄)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="203" />
      <source>{name} (not found)</source>
      <translation>{name} (찾을 수 없음)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="224" />
      <location filename="../../facemood/gui/settings_dialog.py" line="227" />
      <source>Camera {n}</source>
      <translation>카메라 {n}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="229" />
      <source>(looking…)</source>
      <translation>(찾는 중…)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="231" />
      <source>(not found)</source>
      <translation>(찾을 수 없음)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="151" />
      <source>Reset</source>
      <translation>초기화</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="163" />
      <source>taught</source>
      <translation>알려줌</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="165" />
      <source>not taught</source>
      <translation>알려주지 않음</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="265" />
      <source>FaceMood settings</source>
      <translation>FaceMood 설정</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="341" />
      <source>keeps FaceMood playing in the system tray</source>
      <translation>FaceMood를 시스템 트레이에서 계속 재생</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="347" />
      <source>This desktop has no system tray.</source>
      <translation>이 데스크톱에는 시스템 트레이가 없습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="369" />
      <source>(the demo library)</source>
      <translation>(데모 보관함)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/settings_dialog.py" line="373" />
      <source>(default)</source>
      <translation>(기본값)</translation>
    </message>
  </context>
  <context>
    <name>SoundNotice</name>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="276" />
      <source>Choose a sound output…</source>
      <translation>소리 출력 선택…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="288" />
      <source>the default output</source>
      <translation>기본 출력</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="290" />
      <source>No sound: VLC is not installed</source>
      <translation>소리 없음: VLC가 설치되어 있지 않습니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="290" />
      <source>FaceMood plays music with VLC. Install VLC from videolan.org (on Debian or Ubuntu: the packages libvlc5 and vlc-plugin-base), then start FaceMood again. Moods are still recognised.</source>
      <translation>FaceMood는 VLC로 음악을 재생합니다. videolan.org에서 VLC를 설치한 뒤(Debian이나 Ubuntu에서는 libvlc5와 vlc-plugin-base 패키지) FaceMood를 다시 시작하세요. 기분은 계속 알아봅니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="297" />
      <source>No such sound output: {output}</source>
      <translation>없는 소리 출력입니다: {output}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="298" />
      <source>VLC uses its default output instead. Choose an output that exists.</source>
      <translation>VLC가 대신 기본 출력을 씁니다. 있는 출력을 고르세요.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="301" />
      <source>No sound: {output} does not work</source>
      <translation>소리 없음: {output} 출력이 동작하지 않습니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/player_panel.py" line="302" />
      <source>The music goes on without sound. Check that speakers or headphones are connected and not muted in the system's sound settings, or choose another sound output.</source>
      <translation>음악은 소리 없이 계속됩니다. 스피커나 헤드폰이 연결되어 있고 시스템 소리 설정에서 음소거되지 않았는지 확인하거나 다른 소리 출력을 고르세요.</translation>
    </message>
  </context>
  <context>
    <name>TeachDialog</name>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="52" />
      <source>Teach it your face</source>
      <translation>내 얼굴 알려주기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="58" />
      <source>Taught on {date}.</source>
      <translation>{date}에 알려주었습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="60" />
      <source>Not taught yet: moods are read from how your face changes.</source>
      <translation>아직 알려주지 않았습니다. 얼굴이 어떻게 바뀌는지로 기분을 읽습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="65" />
      <source>Sit as you usually do, facing the camera. FaceMood records a few seconds of your resting face and of your smile, and learns how your face shows them.</source>
      <translation>평소처럼 앉아 카메라를 보세요. FaceMood가 쉬는 얼굴과 웃는 얼굴을 몇 초씩 기록해 내 얼굴이 어떻게 표현하는지 익힙니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="72" />
      <source>Also a {expression} face</source>
      <translation>{expression} 얼굴도</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="84" />
      <source>Start</source>
      <translation>시작</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="85" />
      <source>Remove what I taught</source>
      <translation>알려준 내용 지우기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="140" />
      <source>{what} — recording in {n}…</source>
      <translation>{what} — {n}초 뒤 기록…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="152" />
      <source>{what} — recording, hold it…</source>
      <translation>{what} — 기록 중, 그대로 있으세요…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="158" />
      <source>Record again</source>
      <translation>다시 기록</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="162" />
      <source>That did not work</source>
      <translation>잘되지 않았습니다</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="166" />
      <source>Done</source>
      <translation>완료</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="169" />
      <source>Of the frames you recorded, {before:.0%} read as you meant before, {after:.0%} with what FaceMood learned. Save to use it.</source>
      <translation>기록한 프레임 중 뜻대로 읽힌 비율: 전 {before:.0%}, 익힌 뒤 {after:.0%}. 저장하면 사용합니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="183" />
      <source>Removed: moods are read from how your face changes.</source>
      <translation>지웠습니다. 얼굴이 어떻게 바뀌는지로 기분을 읽습니다.</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="200" />
      <source>Relax your face</source>
      <translation>얼굴의 힘을 빼세요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="201" />
      <source>Smile</source>
      <translation>웃어 보세요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="202" />
      <source>Look sad</source>
      <translation>슬픈 표정을 지어 보세요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="203" />
      <source>Look surprised</source>
      <translation>놀란 표정을 지어 보세요</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/teach_dialog.py" line="204" />
      <source>Look angry</source>
      <translation>화난 표정을 지어 보세요</translation>
    </message>
  </context>
  <context>
    <name>TimelineBox</name>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="247" />
      <source>Mood over the last minute</source>
      <translation>최근 1분간의 기분</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="249" />
      <source>Mood since this source started</source>
      <translation>이 화면을 연 뒤의 기분</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="255" />
      <source>last minute</source>
      <translation>최근 1분</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/mood_panel.py" line="256" />
      <source>this session</source>
      <translation>이번 세션 전체</translation>
    </message>
  </context>
  <context>
    <name>TrayIcon</name>
    <message>
      <location filename="../../facemood/gui/tray.py" line="67" />
      <source>Mood: {mood}</source>
      <translation>기분: {mood}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/tray.py" line="71" />
      <source>Show FaceMood</source>
      <translation>FaceMood 보이기</translation>
    </message>
  </context>
  <context>
    <name>ViewBar</name>
    <message>
      <location filename="../../facemood/gui/preview.py" line="203" />
      <source>Camera {n}</source>
      <translation>카메라 {n}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="251" />
      <source>starting</source>
      <translation>시작하는 중</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="252" />
      <source>running</source>
      <translation>실행 중</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="253" />
      <source>no camera, retrying</source>
      <translation>카메라 없음, 다시 시도 중</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="254" />
      <source>ended</source>
      <translation>끝남</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="255" />
      <source>paused</source>
      <translation>일시 정지</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="256" />
      <source>failed</source>
      <translation>실패</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="288" />
      <source>Open folder</source>
      <translation>폴더 열기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="289" />
      <source>Back to camera</source>
      <translation>카메라로 돌아가기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="290" />
      <source>Capture (Shift+C)</source>
      <translation>사진 찍기 (Shift+C)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/preview.py" line="292" />
      <source>Save this picture as a photo and play music for it</source>
      <translation>지금 화면을 사진으로 저장하고 그 표정에 맞는 음악을 틉니다</translation>
    </message>
  </context>
  <context>
    <name>WindowActions</name>
    <message>
      <location filename="../../facemood/gui/actions.py" line="144" />
      <source>Looking for cameras…</source>
      <translation>카메라를 찾는 중…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="146" />
      <source>No camera found</source>
      <translation>카메라를 찾을 수 없음</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="148" />
      <source>Camera {n}</source>
      <translation>카메라 {n}</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="153" />
      <source>Search again</source>
      <translation>다시 찾기</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="157" />
      <source>&amp;File</source>
      <translation>파일(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="158" />
      <source>&amp;Open video or photo…</source>
      <translation>동영상 또는 사진 열기(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="159" />
      <source>&amp;Camera</source>
      <translation>카메라(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="161" />
      <source>Resume analysis</source>
      <translation>분석 다시 시작</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="163" />
      <source>&amp;Pause analysis</source>
      <translation>분석 일시 정지(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="165" />
      <source>&amp;Capture photo</source>
      <translation>사진 찍기(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="166" />
      <source>&amp;Settings…</source>
      <translation>설정(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="167" />
      <source>&amp;Quit</source>
      <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="168" />
      <source>&amp;Playback</source>
      <translation>재생(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="169" />
      <source>Pause</source>
      <translation>일시 정지</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="169" />
      <source>Play</source>
      <translation>재생</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="170" />
      <source>&amp;Next track</source>
      <translation>다음 곡(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="171" />
      <source>P&amp;revious track</source>
      <translation>이전 곡(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="172" />
      <source>&amp;Like this track</source>
      <translation>이 곡 좋아요(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="173" />
      <source>Play this less &amp;often</source>
      <translation>이 곡 덜 틀기(&amp;O)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="174" />
      <source>Volume &amp;up</source>
      <translation>소리 크게(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="175" />
      <source>Volume &amp;down</source>
      <translation>소리 작게(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="176" />
      <source>&amp;Mood</source>
      <translation>기분(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="177" />
      <source>&amp;Teach it your face…</source>
      <translation>내 얼굴 알려주기(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="178" />
      <source>&amp;View</source>
      <translation>보기(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="179" />
      <source>&amp;Side panel</source>
      <translation>옆 패널(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="180" />
      <source>&amp;Language</source>
      <translation>언어(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="181" />
      <source>System language</source>
      <translation>시스템 언어</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="184" />
      <source>&amp;Help</source>
      <translation>도움말(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="185" />
      <source>&amp;About FaceMood</source>
      <translation>FaceMood 정보(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../facemood/gui/actions.py" line="186" />
      <source>Crash reports…</source>
      <translation>오류 보고서…</translation>
    </message>
  </context>
</TS>