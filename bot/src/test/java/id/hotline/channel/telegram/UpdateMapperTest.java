package id.hotline.channel.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.hotline.domain.MessageKind;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.Update;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final BotIdentity BOT = new BotIdentity(42, "hotline_bot");
    private final UpdateMapper mapper = new UpdateMapper(BOT, Optional.of("-100777"));

    private Optional<TelegramInbound> map(String json) throws Exception {
        return mapper.map(JSON.readValue(json.replace('\'', '"'), Update.class), Instant.EPOCH);
    }

    private static String message(long chat, String type, String body) {
        return "{'update_id':9,'message':{'message_id':3,'date':1,'chat':{'id':" + chat + ",'type':'" + type + "'},"
                + "'from':{'id':5,'is_bot':false,'first_name':'S'}," + body + "}}";
    }

    @Test
    void private_text_becomes_a_text_message_keyed_by_chat() throws Exception {
        TelegramInbound in = map(message(5, "private", "'text':'halo'")).orElseThrow();
        assertThat(in.chatId()).isEqualTo("5");
        assertThat(in.message().kind()).isEqualTo(MessageKind.TEXT);
        assertThat(in.message().text()).isEqualTo("halo");
        assertThat(in.message().externalId()).isEqualTo("9");
        assertThat(in.messageId()).isEqualTo(3);
    }

    @Test
    void commands_media_location_and_contact_map_to_their_kinds_without_contact_details() throws Exception {
        assertThat(map(message(5, "private", "'text':'/start'")).orElseThrow().message().kind()).isEqualTo(MessageKind.COMMAND);
        assertThat(map(message(5, "private", "'photo':[{'file_id':'a','file_unique_id':'b','width':1,'height':1}],'caption':'ini'"))
                .orElseThrow().message().kind()).isEqualTo(MessageKind.PHOTO);
        assertThat(map(message(5, "private", "'voice':{'file_id':'a','file_unique_id':'b','duration':1}")).orElseThrow().message().kind())
                .isEqualTo(MessageKind.VOICE);
        var loc = map(message(5, "private", "'location':{'latitude':-6.2,'longitude':106.8}")).orElseThrow().message();
        assertThat(loc.kind()).isEqualTo(MessageKind.LOCATION);
        assertThat(loc.text()).isEqualTo("-6.200000,106.800000");
        var contact = map(message(5, "private", "'contact':{'phone_number':'+62812','first_name':'A'}")).orElseThrow().message();
        assertThat(contact.kind()).isEqualTo(MessageKind.CONTACT);
        assertThat(contact.text()).isEmpty();
    }

    @Test
    void group_messages_count_only_when_addressed_to_the_bot() throws Exception {
        assertThat(map(message(-100, "supergroup", "'text':'halo semua'"))).isEmpty();
        assertThat(map(message(-100, "supergroup", "'text':'/start'"))).isEmpty();
        var mention = map(message(-100, "supergroup", "'text':'@hotline_bot apa itu atensi','entities':[{'type':'mention','offset':0,'length':12}]"));
        assertThat(mention.orElseThrow().message().text()).isEqualTo("apa itu atensi");
        var command = map(message(-100, "group", "'text':'/menu@hotline_bot','entities':[{'type':'bot_command','offset':0,'length':17}]"));
        assertThat(command.orElseThrow().message().text()).isEqualTo("/menu");
        var reply = map(message(-100, "group", "'text':'terima kasih','reply_to_message':{'message_id':1,'date':1,"
                + "'chat':{'id':-100,'type':'group'},'from':{'id':42,'is_bot':true,'first_name':'H'},'text':'x'}"));
        assertThat(reply).isPresent();
    }

    @Test
    void counselor_group_bots_channels_and_unknown_updates_are_not_handled() throws Exception {
        assertThat(map(message(-100777, "supergroup", "'text':'@hotline_bot /menu','entities':[{'type':'mention','offset':0,'length':12}]"))).isEmpty();
        assertThat(map("{'update_id':9,'message':{'message_id':3,'date':1,'chat':{'id':5,'type':'private'},"
                + "'from':{'id':6,'is_bot':true,'first_name':'B'},'text':'x'}}")).isEmpty();
        assertThat(map("{'update_id':9,'channel_post':{'message_id':3,'date':1,'chat':{'id':-1,'type':'channel'},'text':'x'}}")).isEmpty();
        assertThat(map("{'update_id':9,'my_chat_member':{'chat':{'id':5,'type':'private'},'from':{'id':5,'is_bot':false,'first_name':'S'},"
                + "'date':1,'old_chat_member':{'status':'member','user':{'id':42,'is_bot':true,'first_name':'H'}},"
                + "'new_chat_member':{'status':'kicked','until_date':0,'user':{'id':42,'is_bot':true,'first_name':'H'}}}}")).isEmpty();
    }

    @Test
    void button_press_carries_its_payload_and_the_query_to_answer() throws Exception {
        TelegramInbound in = map("{'update_id':9,'callback_query':{'id':'q1','chat_instance':'c','data':'/topik atensi',"
                + "'from':{'id':5,'is_bot':false,'first_name':'S'},'message':{'message_id':8,'date':1,"
                + "'chat':{'id':5,'type':'private'},'text':'menu'}}}").orElseThrow();
        assertThat(in.message().kind()).isEqualTo(MessageKind.BUTTON);
        assertThat(in.message().text()).isEqualTo("/topik atensi");
        assertThat(in.callbackId()).isEqualTo("q1");
    }

    @Test
    void edited_text_is_an_edited_message_and_edited_media_is_skipped() throws Exception {
        String edited = "{'update_id':9,'edited_message':{'message_id':3,'date':1,'edit_date':2,'chat':{'id':5,'type':'private'},"
                + "'from':{'id':5,'is_bot':false,'first_name':'S'},";
        assertThat(map(edited + "'text':'baru'}}").orElseThrow().message().kind()).isEqualTo(MessageKind.EDITED_TEXT);
        assertThat(map(edited + "'photo':[{'file_id':'a','file_unique_id':'b','width':1,'height':1}]}}")).isEmpty();
    }
}
